// Sentences from the demo article (shared/seed/article-ar.txt), embedded because tests may not read
// shared/. The date phrase occurs in the first and third on purpose: a quote to tell apart by context.

export const SENTENCE_DRONE =
  'نجا رئيس الوزراء العراقي مصطفى الكاظمي من محاولة اغتيال فاشلة، بواسطة "طائرة مسيّرة مفخّخة"، استهدفت فجر الأحد 6 نوفمبر/تشرين الثاني 2021، مقرّ إقامته في بغداد.';

export const SENTENCE_EXPLOSION =
  "مسؤولان حكوميان قالا إن منزل الكاظمي تعرّض لانفجار واحد على الأقل، فيما قال دبلوماسيون غربيون موجودون في المنطقة الخضراء إنهم سمعوا دوي انفجارات وإطلاق رصاص في المنطقة.";

export const SENTENCE_PROTEST =
  "كان المئات قد تظاهروا أيضاً، السبت 6 نوفمبر/تشرين الثاني 2021، أمام إحدى بوابات المنطقة الخضراء، غداة المواجهات التي سقط ضحيتها شخص على الأقلّ، وأصيب 125 آخرون بجروح بحسب وزارة الصحة.";

/** Written for the tests, not from the article: Latin names, digits, emoji sequences and a flag. */
export const SENTENCE_MIXED = "قال المتحدث Ned Price لوكالة Reuters إن 125 شخصاً أصيبوا 👨‍👩‍👧 في العراق 🇮🇶 يوم 2021-11-06.";

export const ARTICLE = [SENTENCE_DRONE, SENTENCE_EXPLOSION, SENTENCE_PROTEST].join("\n\n");

export const SENTENCE_DAMAGE =
  "أظهرت صور نشرتها وسائل إعلام حدوث دمار في أجزاء من مقر إقامة الكاظمي ببغداد جراء الهجوم بالطائرة المفخخة.";

export const SENTENCE_CALM =
  'بدوره سارع الكاظمي إلى طمأنة العراقيين على سلامته، ودعاهم إلى التهدئة، وقال في تغريدة على حسابه في تويتر: "أنا بخير والحمد لله وسط شعبي، وأدعو إلى التهدئة وضبط النفس من الجميع، من أجل العراق".';

export const SENTENCE_RECOUNT =
  "إلا أن النتائج النهائية الرسمية للانتخابات، التي جرت في العاشر من أكتوبر/تشرين الأول، لم تصدر بعد، إذ لا تزال المفوضية العليا للانتخابات في المراحل الأخيرة من إعادة فرز الأصوات بناء على طعون قُدّمت لها، قبل رفعها للمحكمة المختصة وإعلان النتائج النهائية.";
