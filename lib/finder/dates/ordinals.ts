import { foldArabic } from "@/lib/arabic/normalize";

// Days written as ordinals: "العاشر من أكتوبر", "الحادي والعشرين من مارس", Algerian "الفاتح من نوفمبر".

const UNITS = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"];

function ordinalPhrases(): [string, number][] {
  const phrases: [string, number][] = [
    ["الفاتح", 1],
    ["العاشر", 10],
    ["العشرين", 20],
    ["الثلاثين", 30],
  ];
  UNITS.forEach((word, i) => {
    const value = i + 1;
    phrases.push([word, value]);
    phrases.push([`${value === 1 ? "الحادي" : word} عشر`, value + 10]);
    phrases.push([`${value === 1 ? "الحادي" : word} والعشرين`, value + 20]);
    if (value === 1) phrases.push(["الحادي والثلاثين", 31]);
  });
  return phrases;
}

const ORDINALS = new Map(ordinalPhrases().map(([phrase, value]) => [foldArabic(phrase), value]));

/** Folded ordinal phrases, longest first. */
export const ORDINAL_PHRASES = [...ORDINALS.keys()].sort((a, b) => b.length - a.length);

export function ordinalValue(folded: string): number | undefined {
  return ORDINALS.get(folded.replace(/\s+/gu, " "));
}
