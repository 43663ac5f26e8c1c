import { foldArabic } from "@/lib/arabic/normalize";
import { foldedPhrases } from "../text/lexicon";

// Arabic newsrooms name the Gregorian months in three systems: transliterated (يناير، فبراير… in Egypt
// and the Gulf), Syriac (كانون الثاني، شباط… in the Levant and Iraq) and Maghrebi (جانفي، فيفري… in
// Algeria and Tunisia; يناير، ماي، يوليوز، غشت، نونبر، دجنبر in Morocco). A name may belong to
// several usages (مارس everywhere but the Levant). Two names written as a pair ("نوفمبر/تشرين الثاني")
// are meant as one month only when no usage has both: "يناير/فبراير" is a range.

export type Usage = "egyptian" | "levantine" | "algerian" | "moroccan";

type MonthName = { month: number; usages: Usage[] };

const E: Usage = "egyptian";
const L: Usage = "levantine";
const A: Usage = "algerian";
const M: Usage = "moroccan";

const WRITTEN: [string, number, Usage[]][] = [
  ["يناير", 1, [E, M]],
  ["جانفي", 1, [A]],
  ["كانون الثاني", 1, [L]],
  ["كانون ثاني", 1, [L]],
  ["فبراير", 2, [E, M]],
  ["فيفري", 2, [A]],
  ["شباط", 2, [L]],
  ["مارس", 3, [E, A, M]],
  ["آذار", 3, [L]],
  ["أبريل", 4, [E, M]],
  ["إبريل", 4, [E, M]],
  ["أفريل", 4, [A]],
  ["نيسان", 4, [L]],
  ["مايو", 5, [E]],
  ["ماي", 5, [A, M]],
  ["أيار", 5, [L]],
  ["يونيو", 6, [E, M]],
  ["يونيه", 6, [E]],
  ["جوان", 6, [A]],
  ["حزيران", 6, [L]],
  ["يوليو", 7, [E]],
  ["يوليه", 7, [E]],
  ["يوليوز", 7, [M]],
  ["جويلية", 7, [A]],
  ["تموز", 7, [L]],
  ["أغسطس", 8, [E]],
  ["أوت", 8, [A]],
  ["غشت", 8, [M]],
  ["آب", 8, [L]],
  ["سبتمبر", 9, [E, A]],
  ["شتنبر", 9, [M]],
  ["أيلول", 9, [L]],
  ["أكتوبر", 10, [E, A, M]],
  ["تشرين الأول", 10, [L]],
  ["تشرين أول", 10, [L]],
  ["نوفمبر", 11, [E, A]],
  ["نونبر", 11, [M]],
  ["تشرين الثاني", 11, [L]],
  ["تشرين ثاني", 11, [L]],
  ["ديسمبر", 12, [E, A]],
  ["دجنبر", 12, [M]],
  ["كانون الأول", 12, [L]],
  ["كانون أول", 12, [L]],
];

const BY_FOLDED = new Map<string, MonthName>(
  WRITTEN.map(([name, month, usages]) => [foldArabic(name), { month, usages }]),
);

/** Folded month names, longest first, spaces as written (one space). */
export const MONTH_NAMES = foldedPhrases(...WRITTEN.map(([name]) => name));

/** Folded names that are also common words ("آب" father, "نيسان" a car): months only beside a day or a year. */
export const AMBIGUOUS_MONTHS = new Set(["اب", "نيسان", "مارس", "ماي"]);

export function lookUpMonth(folded: string): MonthName | undefined {
  return BY_FOLDED.get(folded.replace(/\s+/gu, " "));
}

/** True when two names, written as a pair, are meant as the same month in two naming systems. */
export function isEquivalencePair(first: MonthName, second: MonthName): boolean {
  return !first.usages.some((usage) => second.usages.includes(usage));
}

/** The month's usual name in a usage (the first spelling listed for it). */
export function monthNameIn(month: number, usage: Usage): string {
  return WRITTEN.find(([, m, usages]) => m === month && usages.includes(usage))![0];
}

/** The usage a written month name belongs to first ("تشرين الثاني" → levantine), or null. */
export function usageOf(name: string): Usage | null {
  return lookUpMonth(foldArabic(name))?.usages[0] ?? null;
}
