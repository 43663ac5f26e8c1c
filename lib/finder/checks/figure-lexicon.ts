import { foldedMap, foldedPhrases, foldedWords } from "../text/lexicon";

// What a figure counts, recognised from the words around it: "مقتل 12"، "12 قتيلاً"، "12 شخصاً
// قُتلوا"، "لقي 5 عمال مصرعهم"، "أصيب 30"، "اعتقال 150"، "نزوح 4000 عائلة".

export type Concept = "killed" | "injured" | "arrested" | "missing" | "displaced" | "victims" | "participants";

function forms(concept: Concept, ...words: string[]): [string, Concept][] {
  return words.map((word) => [word, concept]);
}

export const CONCEPT_WORDS = foldedMap<Concept>([
  ...forms("killed", "قتلى", "قتيل", "قتيلا", "قتيلان", "قتيلين", "مقتل", "قتل", "قتلوا", "قتلت", "قتلا"),
  ...forms("killed", "مصرع", "مصرعه", "مصرعها", "مصرعهم", "مصرعهما", "حتف", "حتفه", "حتفها", "حتفهم", "حتفهما"),
  ...forms("killed", "وفاة", "وفيات", "توفي", "توفوا", "توفيت", "ماتوا", "حياة"),
  ...forms(
    "killed",
    "غرق",
    "غرقوا",
    "غرقى",
    "غريق",
    "غريقا",
    "استشهاد",
    "استشهد",
    "استشهدوا",
    "شهيد",
    "شهيدا",
    "شهداء",
  ),
  ...forms("injured", "جرحى", "جريح", "جريحا", "مصاب", "مصابا", "مصابين", "مصابون", "إصابة", "إصابات"),
  ...forms("injured", "أصيب", "أصيبوا", "أصيبت", "جروح", "جرح", "جرحوا"),
  ...forms("arrested", "اعتقال", "اعتقل", "اعتقلت", "اعتقلوا", "معتقل", "معتقلين", "معتقلا", "اعتقالات"),
  ...forms("arrested", "موقوف", "موقوفين", "موقوفا", "توقيف", "أوقف", "أوقفت", "أوقفوا", "احتجاز", "احتجز", "محتجزين"),
  ...forms("arrested", "القبض", "اعتقلوا"),
  ...forms("missing", "مفقود", "مفقودين", "مفقودا", "مفقودون", "فقدان", "فقد", "فقدوا", "فقدت"),
  ...forms("displaced", "نازح", "نازحين", "نازحا", "نزوح", "نزح", "نزحوا", "مهجر", "مهجرين", "تهجير"),
  ...forms("victims", "ضحايا", "ضحية"),
  ...forms(
    "participants",
    "شارك",
    "شاركوا",
    "شاركت",
    "مشارك",
    "مشاركين",
    "مشاركا",
    "مشاركون",
    "متظاهر",
    "متظاهرين",
    "متظاهرا",
  ),
]);

/** Words after the number that name the count directly ("36 قتيلاً"), preferred to a verb before it. */
export const DESCRIPTORS = foldedWords(`
  قتيلا قتيلان قتيلين قتلى جريحا جرحى مصابا مصابين إصابة إصابات مفقودا نازحا نازحين غريقا شهيدا معتقلا
  موقوفا
`);

/** "عدد المشاركين"، "نسبة المشاركة"، "حصيلة القتلى": the count is named by the words after these. */
export const KEY_HEADS = foldedWords("عدد نسبة حصيلة إجمالي مجموع معدل");

/** Counted nouns that say nothing about who was counted. */
export const GENERIC_CLASSIFIERS = foldedWords("شخص شخصا أشخاص فرد أفراد نسمة مواطن مواطنين مواطنا حالة حالات");

/** Broken plurals to their singular, so "3 جنود" and "18 جندياً" count the same kind of people. */
export const SINGULARS = foldedMap<string>([
  ["جنود", "جندي"],
  ["أطفال", "طفل"],
  ["نساء", "امرأة"],
  ["عمال", "عامل"],
  ["عناصر", "عنصر"],
  ["رجال", "رجل"],
  ["طلاب", "طالب"],
  ["طلبة", "طالب"],
  ["أسر", "أسرة"],
]);

export const OTHERS = foldedWords("آخرون آخرين أخريات");

/** Approximate figures and bounds never contradict a close figure. */
export const QUALIFIERS_BEFORE = foldedPhrases(
  "ما لا يقل عن",
  "لا يقل عن",
  "ما يزيد عن",
  "ما يزيد على",
  "ما يقارب",
  "ما يناهز",
  "أكثر من",
  "أزيد من",
  "أقل من",
  "يزيد على",
  "يزيد عن",
  "يناهز",
  "نحو",
  "حوالي",
  "حوالى",
  "قرابة",
  "زهاء",
  "تقريبا",
  "ما بين",
  "بين",
);
export const QUALIFIERS_AFTER = foldedPhrases("على الأقل", "تقريبا", "أو أكثر");

/** A toll that changed ("ارتفع عدد القتلى إلى"، "حصيلة أولية"): not a contradiction of the older one. */
export const UPDATE_WORDS = foldedWords(`
  ارتفع ارتفعت يرتفع ترتفع ليرتفع لترتفع ارتفاع صعد صعدت لاحقا لاحق سابق سابقة أولية الأولية أولي
  مبدئية محدثة آخر أحدث تجاوز تجاوزت
`);

/** "قُتل 20، بينهم 7 أطفال": a part of another figure. */
export const SUBSET_WORDS = foldedWords("بينهم بينهن منهم منهن بينها منها بينهما");

/** "في مدينة أخرى"، "في هجوم منفصل": another event in the same sentence. */
export const ELSEWHERE_WORDS = foldedWords("أخرى منفصل منفصلة ثان ثانية آخر");

/** Numbers of time, not of people: "خلال 24 ساعة"، "عمر 82 عاماً". */
export const DURATION_WORDS = foldedWords(`
  ساعة ساعات يوم يوما أيام أسبوع أسابيع شهر شهرا أشهر شهور عام عاما أعوام سنة سنوات سنين دقيقة دقائق
  درجة درجات كيلومتر كلم متر مترا
`);

/** Words that end a source's name: "قالت وزارة الصحة إن…", "بحسب الشرطة في بيان". */
export const SOURCE_STOPS = foldedWords(`
  إن أن بأن إنه أنه إنها أنها إنهم أنهم في على عن من إلى خلال أمس اليوم مساء صباح يوم الذي التي الذين
  بعد قبل لوكالة لـ ل فيما بينما كما ما
`);

/** Words in front of a source's name that do not change who it is: "مسؤول في"، "المتحدث باسم". */
export const SOURCE_LEADS = foldedWords("حصيلة بيان تقرير تقديرات أرقام إحصاءات معطيات إحصائيات بيانات");
export const SOURCE_SPOKESPEOPLE = foldedPhrases(
  "مسؤول في",
  "مسؤولون في",
  "مصدر في",
  "مصادر في",
  "متحدث باسم",
  "المتحدث باسم",
  "الناطق باسم",
  "ناطق باسم",
  "المتحدثة باسم",
  "مدير",
);
export const SAME_SOURCE = foldedWords("نفسه نفسها ذاته ذاتها");
