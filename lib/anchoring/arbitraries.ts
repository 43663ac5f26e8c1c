import fc from "fast-check";
import { isSameWord } from "./word-edges";

// Generators for the property tests: texts assembled from pieces that stress offsets and clusters.

const WORDS = [
  "مسيّرة",
  "مفخّخة",
  "الكاظمي",
  "بغداد",
  "قال",
  "في",
  "الأقلّ",
  "تعرّض",
  "هٰذا",
  "Reuters",
  "Ned Price",
  "2021",
  "125",
  "٦",
];
const EMOJI = ["👨‍👩‍👧", "🇮🇶", "🇸🇦", "👍🏽"];
const SEPARATORS = [" ", " ", " ", "، ", ". ", "\n\n", "«", "»"];
// On their own they attach to whatever precedes them, a space or an emoji included.
const HARAKAT = ["\u064E", "\u0651", "\u0670", "\u064B"];

const wholePiece = fc.constantFrom(...WORDS, ...EMOJI, ...SEPARATORS);
const anyPiece = fc.oneof({ weight: 6, arbitrary: wholePiece }, { weight: 1, arbitrary: fc.constantFrom(...HARAKAT) });

export const textArbitrary = fc.array(anyPiece, { minLength: 2, maxLength: 40 }).map((pieces) => pieces.join(""));

/** Inserted text that starts a new cluster: it cannot attach to the character before it. */
export const insertionArbitrary = fc.array(wholePiece, { maxLength: 6 }).map((pieces) => pieces.join(""));

/** Any inserted text, a lone haraka first included. */
export const anyInsertionArbitrary = fc.array(anyPiece, { maxLength: 6 }).map((pieces) => pieces.join(""));

/** Grapheme cluster boundaries in code points, from segmenting the whole (short) text. */
export function listGraphemeBoundaries(text: string): number[] {
  const segmenter = new Intl.Segmenter("ar", { granularity: "grapheme" });
  const boundaries = [...segmenter.segment(text)].map(({ index }) => [...text.slice(0, index)].length);
  return [...boundaries, [...text].length];
}

/** Replaces code points start..end of `text` with `inserted`. */
export function applyEdit(text: string, start: number, end: number, inserted: string): string {
  const points = [...text];
  return [...points.slice(0, start), inserted, ...points.slice(end)].join("");
}

/**
 * Texts of words from `sentences`, no two of them the same word as word-edges.ts judges it, with or
 * without the punctuation around their letters, so that a passage can only be told from its neighbours
 * by its words, never by chance likeness.
 */
export function unlikeWordsArbitrary(sentences: readonly string[]) {
  const letters = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{M}\p{N}]+$/gu, "");
  const unlike: string[] = [];
  for (const word of new Set(sentences.flatMap((sentence) => sentence.split(/\s+/u)))) {
    const isLike = (other: string) => isSameWord(word, other) || isSameWord(letters(word), letters(other));
    if (!unlike.some(isLike)) unlike.push(word);
  }
  return fc.shuffledSubarray(unlike, { minLength: 12, maxLength: 40 });
}
