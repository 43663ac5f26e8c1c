import { spendWork } from "@/lib/limits/work-budget";
import type { CodePointRange } from "./codepoints";
import { findOccurrences } from "./find-occurrences";
import { foldArabic, foldCodePoint } from "./normalize";

// A pasted quote rarely matches the article byte for byte: harakat, hamza forms, digits and line
// breaks differ. We search folded text and map every hit back to the original's code points.

const WHITESPACE = /\s/u;
// Folding runs a few regular expressions per character: several steps of work each.
const FOLD_WORK_PER_UNIT = 8;

export type FoldedText = {
  /** foldArabic per code point, every run of whitespace one space. */
  folded: string;
  /** For each UTF-16 unit of `folded`, the code point of the text it came from. */
  sourceOf: Int32Array;
  /** For each code point of the text (and its end), the UTF-16 index in `folded` where its folding starts. */
  foldedAt: Int32Array;
};

/** The folded text and its maps to and from the original's code points, in one pass. */
export function foldForSearch(text: string): FoldedText {
  spendWork(FOLD_WORK_PER_UNIT * text.length);
  // Pieces joined once at the end: growing a string and asking it endsWith() flattens it every time.
  const pieces: string[] = [];
  // Lower-casing can lengthen a Latin letter (İ → i̇).
  const sourceOf = new Int32Array(3 * text.length + 1);
  const foldedAt = new Int32Array(text.length + 1);
  let units = 0;
  let afterSpace = false;
  let offset = 0;
  for (const char of text) {
    const isSpace = WHITESPACE.test(char);
    const piece = isSpace ? (afterSpace ? "" : " ") : foldCodePoint(char);
    if (piece.length > 0) afterSpace = isSpace;
    pieces.push(piece);
    foldedAt[offset] = units;
    for (let k = 0; k < piece.length; k++) sourceOf[units++] = offset;
    offset++;
  }
  foldedAt[offset] = units;
  return { folded: pieces.join(""), sourceOf, foldedAt: foldedAt.subarray(0, offset + 1) };
}

/** The search key of a quote or of its context: folded, whitespace runs as one space, trimmed. */
export const toSearchKey = (text: string) => foldArabic(text).replace(/\s+/gu, " ").trim();

/**
 * Every place `query` occurs in the folded text, in code points, in order. A range ends at its last
 * matched letter: snap it to graphemes to take in that letter's harakat.
 */
export function findFoldedOccurrences({ folded, sourceOf }: FoldedText, query: string): CodePointRange[] {
  const needle = toSearchKey(query);
  if (needle.length === 0) return [];
  return findOccurrences(folded, needle).map((at) => ({
    start: sourceOf[at],
    end: sourceOf[at + needle.length - 1] + 1,
  }));
}
