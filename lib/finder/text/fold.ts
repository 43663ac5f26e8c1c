import { foldCodePoint } from "@/lib/arabic/normalize";

// The finder's patterns are written once, in folded form (no harakat or tatweel, one alef, ي for ى,
// ه for ة, Western digits), and matched against a folded copy of the article. Every folded UTF-16
// unit remembers the code point of the canonical text it came from, so findings point at the text
// the reader sees, harakat included.

const EXTRA_FOLDS: Record<string, string> = {
  "\u066B": ".", // Arabic decimal separator
  "\u066C": ",", // Arabic thousands separator
  "\u066A": "%", // Arabic percent sign
  "\u00A0": " ",
  "\u202F": " ",
  "\u200C": "", // zero-width non-joiner and joiner shape letters only
  "\u200D": "",
  "“": '"',
  "”": '"',
};

export type FoldedText = {
  /** The canonical text the offsets refer to. */
  readonly source: string;
  /** The folded copy that patterns run on. */
  readonly text: string;
  /** For each UTF-16 unit of `text` (and one past its end), a code point offset into `source`. */
  readonly offsets: Uint32Array;
};

const cache = new Map<string, string>();

function fold(char: string): string {
  let folded = cache.get(char);
  if (folded === undefined) {
    folded = EXTRA_FOLDS[char] ?? foldCodePoint(char);
    cache.set(char, folded);
  }
  return folded;
}

export function foldText(source: string): FoldedText {
  const parts: string[] = [];
  // Folding never makes a code point longer than two UTF-16 units.
  const offsets = new Uint32Array(source.length * 2 + 1);
  let length = 0;
  let codePoint = 0;
  for (const char of source) {
    const folded = fold(char);
    for (let i = 0; i < folded.length; i++) offsets[length++] = codePoint;
    parts.push(folded);
    codePoint++;
  }
  offsets[length] = codePoint;
  return { source, text: parts.join(""), offsets: offsets.subarray(0, length + 1) };
}

/**
 * The code point range of `source` behind folded [start, end). The end runs up to the next kept
 * character, so harakat after the last letter stay with it.
 */
export function toSourceRange(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  return { start: folded.offsets[start], end: folded.offsets[end] };
}
