import type { CodePointRange } from "./codepoints";
import { foldArabic, foldCodePoint } from "./normalize";

// A pasted quote rarely matches the article byte for byte: harakat, hamza forms, digits and line
// breaks differ. We search folded text and map every hit back to the original's code points.

const WHITESPACE = /\s/u;

function foldForSearch(text: string): { folded: string; sourceOf: number[] } {
  let folded = "";
  const sourceOf: number[] = []; // code point offset in `text` of each UTF-16 unit of `folded`
  let offset = 0;
  for (const char of text) {
    const isSpace = WHITESPACE.test(char);
    const piece = isSpace ? (folded.endsWith(" ") ? "" : " ") : foldCodePoint(char);
    folded += piece;
    for (let k = 0; k < piece.length; k++) sourceOf.push(offset);
    offset++;
  }
  return { folded, sourceOf };
}

/**
 * Every place `query` occurs in `text` once both are folded for search, in code points, in order.
 * A range ends at its last matched letter: snap it to graphemes to take in that letter's harakat.
 */
export function findFoldedOccurrences(text: string, query: string): CodePointRange[] {
  const needle = foldArabic(query).replace(/\s+/gu, " ").trim();
  if (needle.length === 0) return [];
  const { folded, sourceOf } = foldForSearch(text);
  const found: CodePointRange[] = [];
  for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
    found.push({ start: sourceOf[at], end: sourceOf[at + needle.length - 1] + 1 });
  }
  return found;
}
