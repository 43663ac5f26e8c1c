import { foldArabic } from "@/lib/arabic/normalize";
import { foldedPhrases } from "../text/lexicon";

const WRITTEN: [string, number][] = [
  ["محرم", 1],
  ["المحرم", 1],
  ["صفر", 2],
  ["ربيع الأول", 3],
  ["ربيع أول", 3],
  ["ربيع الآخر", 4],
  ["ربيع الثاني", 4],
  ["ربيع ثاني", 4],
  ["جمادى الأولى", 5],
  ["جمادى الأول", 5],
  ["جمادى الآخرة", 6],
  ["جمادى الثانية", 6],
  ["جمادى الآخر", 6],
  ["جمادى الثاني", 6],
  ["رجب", 7],
  ["شعبان", 8],
  ["رمضان", 9],
  ["شوال", 10],
  ["ذو القعدة", 11],
  ["ذي القعدة", 11],
  ["ذا القعدة", 11],
  ["ذو الحجة", 12],
  ["ذي الحجة", 12],
  ["ذا الحجة", 12],
];

const BY_FOLDED = new Map(WRITTEN.map(([name, month]) => [foldArabic(name), month]));

export const HIJRI_MONTH_NAMES = foldedPhrases(...WRITTEN.map(([name]) => name));

export function lookUpHijriMonth(folded: string): number | undefined {
  return BY_FOLDED.get(folded.replace(/\s+/gu, " "));
}

/** Standard names for explanations, 1 = محرم. */
export const HIJRI_MONTHS_AR = [
  "محرم",
  "صفر",
  "ربيع الأول",
  "ربيع الآخر",
  "جمادى الأولى",
  "جمادى الآخرة",
  "رجب",
  "شعبان",
  "رمضان",
  "شوال",
  "ذو القعدة",
  "ذو الحجة",
];
