import { foldedMap, foldedSet } from "../text/lexicon";

// Arabic number words with their case and gender forms.

function entries(value: number, ...forms: string[]): [string, number][] {
  return forms.map((form) => [form, value]);
}

/** 1–10 as counted nouns' numbers; اثنا/إحدى are the forms that start 11 and 12. */
export const UNITS = foldedMap<number>([
  ...entries(1, "واحد", "واحدة", "أحد", "إحدى"),
  ...entries(2, "اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني", "اثنتا", "اثنتي"),
  ...entries(3, "ثلاث", "ثلاثة"),
  ...entries(4, "أربع", "أربعة"),
  ...entries(5, "خمس", "خمسة"),
  ...entries(6, "ست", "ستة"),
  ...entries(7, "سبع", "سبعة"),
  ...entries(8, "ثمان", "ثماني", "ثمانية"),
  ...entries(9, "تسع", "تسعة"),
  ...entries(10, "عشر", "عشرة"),
]);

/** Numbers only inside a compound: alone they mean "someone", "lady", "lion", "a fifth", "a tenth"... */
export const UNITS_NOT_ALONE = foldedSet(
  "أحد",
  "إحدى",
  "اثنا",
  "اثني",
  "اثنتا",
  "اثنتي",
  "ست",
  "سبع",
  "خمس",
  "عشر",
  "تسع",
  "ثمان",
);

export const TEN_SUFFIX = foldedSet("عشر", "عشرة");

export const TENS = foldedMap<number>([
  ...entries(20, "عشرون", "عشرين"),
  ...entries(30, "ثلاثون", "ثلاثين"),
  ...entries(40, "أربعون", "أربعين"),
  ...entries(50, "خمسون", "خمسين"),
  ...entries(60, "ستون", "ستين"),
  ...entries(70, "سبعون", "سبعين"),
  ...entries(80, "ثمانون", "ثمانين"),
  ...entries(90, "تسعون", "تسعين"),
]);

const HUNDRED_PREFIXES: [string, number][] = [
  ["ثلاث", 3],
  ["أربع", 4],
  ["خمس", 5],
  ["ست", 6],
  ["سبع", 7],
  ["ثمان", 8],
  ["ثماني", 8],
  ["تسع", 9],
];

export const HUNDREDS = foldedMap<number>([
  ...entries(100, "مئة", "مائة"),
  ...entries(200, "مئتان", "مئتين", "مائتان", "مائتين", "مئتا", "مئتي", "مائتا", "مائتي"),
  ...HUNDRED_PREFIXES.flatMap(([prefix, n]) => entries(n * 100, prefix + "مئة", prefix + "مائة")),
]);

/** Multipliers after a count (ثلاثة آلاف, 2.5 مليون). */
export const MULTIPLIERS = foldedMap<number>([
  ...entries(1e3, "ألف", "ألفا", "آلاف"),
  ...entries(1e6, "مليون", "مليونا", "ملايين"),
  ...entries(1e9, "مليار", "مليارا", "مليارات", "بليون", "بليونا", "بلايين"),
  ...entries(1e12, "تريليون", "ترليون", "تريليونا", "تريليونات"),
]);

/** Duals stand alone for twice the multiplier: ألفان، مليونين. */
export const DUAL_MULTIPLIERS = foldedMap<number>([
  ...entries(2e3, "ألفان", "ألفين"),
  ...entries(2e6, "مليونان", "مليونين"),
  ...entries(2e9, "ملياران", "مليارين"),
]);

export const FRACTIONS = foldedMap<number>([...entries(0.5, "نصف"), ...entries(0.25, "ربع")]);

/** Quantities without a value: "عشرات", "مئات الآلاف", "بضعة", "آلاف" alone. */
export const VAGUE = foldedSet(
  "عشرات",
  "مئات",
  "آلاف",
  "الآلاف",
  "ملايين",
  "الملايين",
  "مليارات",
  "بضع",
  "بضعة",
  "عدة",
  "العشرات",
  "المئات",
);
