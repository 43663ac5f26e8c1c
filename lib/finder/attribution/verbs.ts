import { foldArabic } from "@/lib/arabic/normalize";

// Verbs that attribute a statement to someone, in every person, number and gender of the past and the
// present: قال قالت قالوا قالا قالتا قلن قلت قلنا قلتم · يقول تقول نقول أقول يقولون يقولان تقولين…
// Spelled normally and folded, so يؤكد is found as written, with or without its hamza.

type Verb = {
  /** Third person masculine singular past: قال. */
  past: string;
  /** The stem before a suffix that starts with a consonant (قلت، قلنا): قل. Default: `past`. */
  pastBeforeConsonant?: string;
  /** The present stem after the person prefix: يـ(قول). */
  present: string;
  /** Weak-final verbs (نفى، روى) spell their endings differently. */
  weakFinal?: boolean;
  /** Forms the patterns miss, such as the hollow verbs' feminine plural (يقلن). */
  extra?: string[];
};

const VERBS: Verb[] = [
  { past: "قال", pastBeforeConsonant: "قل", present: "قول", extra: ["يقلن", "تقلن"] },
  { past: "أعلن", present: "علن" },
  { past: "أكد", present: "ؤكد" },
  { past: "نفى", present: "نفي", weakFinal: true },
  { past: "كشف", present: "كشف" },
  { past: "أفاد", pastBeforeConsonant: "أفد", present: "فيد", extra: ["يفدن", "تفدن"] },
  { past: "ذكر", present: "ذكر" },
  { past: "أوضح", present: "وضح" },
  { past: "أشار", pastBeforeConsonant: "أشر", present: "شير", extra: ["يشرن", "تشرن"] },
  { past: "صرح", present: "صرح" },
  { past: "أضاف", pastBeforeConsonant: "أضف", present: "ضيف", extra: ["يضفن", "تضفن"] },
  { past: "أقر", pastBeforeConsonant: "أقرر", present: "قر" },
  { past: "اعترف", present: "عترف" },
  { past: "زعم", present: "زعم" },
  { past: "اتهم", present: "تهم" },
  { past: "أورد", present: "ورد" },
  { past: "نقل", present: "نقل" },
  { past: "أخبر", present: "خبر" },
  { past: "أبلغ", present: "بلغ" },
  { past: "أحصى", present: "حصي", weakFinal: true },
  { past: "وثق", present: "وثق" },
  { past: "رصد", present: "رصد" },
  { past: "قدر", present: "قدر" },
  { past: "أظهر", present: "ظهر" },
  { past: "بين", present: "بين" },
  { past: "روى", present: "روي", weakFinal: true },
  { past: "أفصح", present: "فصح" },
  { past: "تابع", present: "تابع" },
  { past: "كتب", present: "كتب" },
];

// Forms that are far more often another word: بين "between", قدر "amount", يبلغ "reaches",
// تابع "following", تبين "it turned out" — and ذكر as the noun "male" is rare enough to keep.
const NOT_ATTRIBUTION = new Set(
  ["بين", "قدر", "يبلغ", "تبلغ", "تابع", "يتابع", "تتابع", "تبين", "يظهر", "تظهر", "يقدر", "تقدر"].map(foldArabic),
);

const PAST_SUFFIXES = ["", "ت", "وا", "ا", "تا"];
const PAST_CONSONANT_SUFFIXES = ["ت", "نا", "تم", "تما", "تن", "ن"];
const PRESENT_PREFIXES = ["ي", "ت", "ن", "أ"];
const PRESENT_SUFFIXES = ["", "ون", "ان", "ين", "ن"];

function weakFinalForms(verb: Verb): string[] {
  const root = verb.past.slice(0, -1);
  const past = [
    verb.past,
    root + "ت",
    root + "وا",
    root + "يا",
    root + "تا",
    root + "يت",
    root + "ينا",
    root + "يتم",
    root + "ين",
  ];
  const present = PRESENT_PREFIXES.flatMap((prefix) =>
    [verb.present, verb.present.slice(0, -1) + "ون", verb.present + "ان", verb.present + "ن"].map(
      (stem) => prefix + stem,
    ),
  );
  return [...past, ...present];
}

function regularForms(verb: Verb): string[] {
  const consonantStem = verb.pastBeforeConsonant ?? verb.past;
  return [
    ...PAST_SUFFIXES.map((suffix) => verb.past + suffix),
    ...PAST_CONSONANT_SUFFIXES.map((suffix) => consonantStem + suffix),
    ...PRESENT_PREFIXES.flatMap((prefix) => PRESENT_SUFFIXES.map((suffix) => prefix + verb.present + suffix)),
  ];
}

/** Every folded form of the attribution verbs. */
export const ATTRIBUTION_VERB_FORMS: ReadonlySet<string> = new Set(
  VERBS.flatMap((verb) => [...(verb.weakFinal ? weakFinalForms(verb) : regularForms(verb)), ...(verb.extra ?? [])])
    .map(foldArabic)
    .filter((form) => !NOT_ATTRIBUTION.has(form)),
);

/** نقل attributes only with عن ("نقلت رويترز عن مسؤولين"). */
export const NEEDS_AN = new Set(regularForms({ past: "نقل", present: "نقل" }).map(foldArabic));

/** "بحسب", "وفق", "وفقاً لـ", "نقلاً عن": the source follows. */
export const ATTRIBUTION_PREPOSITIONS = new Set(
  ["بحسب", "حسب", "حسبما", "وفق", "وفقا", "وفقما", "طبقا", "نقلا", "استنادا"].map(foldArabic),
);

/** The verb form of a written word (without و/ف), or null. */
export function attributionVerbOf(word: string): string | null {
  for (const form of [word, word.length > 3 && "وف".includes(word[0]) ? word.slice(1) : ""]) {
    if (form && ATTRIBUTION_VERB_FORMS.has(form)) return form;
  }
  return null;
}
