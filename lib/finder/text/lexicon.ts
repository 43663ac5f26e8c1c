import { foldArabic } from "@/lib/arabic/normalize";

// Lexicons are written in ordinary Arabic spelling and folded once here, so that "مئة", "يؤكد" and
// "الأول" match the folded text ("ميه", "يوكد", "الاول") without anyone spelling the folded forms.

export function foldedSet(...words: string[]): Set<string> {
  return new Set(words.map(foldArabic));
}

/** A set from words separated by white space (a long list reads better as a paragraph). */
export function foldedWords(list: string): Set<string> {
  return foldedSet(...list.trim().split(/\s+/u));
}

export function foldedMap<T>(entries: Iterable<[string, T]>): Map<string, T> {
  return new Map([...entries].map(([word, value]) => [foldArabic(word), value]));
}

/** Folded phrases, longest first: the order a regex alternation needs to prefer "تشرين الثاني" to "تشرين". */
export function foldedPhrases(...phrases: string[]): string[] {
  return [...new Set(phrases.map(foldArabic))].sort((a, b) => b.length - a.length);
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A regex alternation of phrases that matches whole words only, spaces inside phrases as \s+. */
export function wordAlternation(phrases: readonly string[]): string {
  const body = phrases.map((phrase) => escapeRegex(phrase).replace(/ /g, "\\s+")).join("|");
  return `(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`;
}
