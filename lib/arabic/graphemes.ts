import { CodePointIndex } from "./codepoint-index";
import type { CodePointRange } from "./codepoints";
import { segmentAt } from "./segment-window";

// A range edge may not fall inside a grapheme cluster: a letter keeps its harakat, an emoji ZWJ
// sequence or a flag stays whole. Highlighting half a cluster draws a broken glyph and quotes a wrong text.

/** True when UTF-16 index `i` falls between two grapheme clusters (or at either end of the text). */
export function isGraphemeBoundary(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true;
  return segmentAt(text, i, "grapheme").start === i;
}

/** Widens a UTF-16 range to whole grapheme clusters; an empty range stays empty at a boundary. */
export function snapUtf16ToGraphemes(text: string, start: number, end: number): [number, number] {
  const snappedStart = start >= text.length ? text.length : segmentAt(text, start, "grapheme").start;
  if (end <= start) return [snappedStart, snappedStart];
  return [snappedStart, segmentAt(text, end - 1, "grapheme").end];
}

// Trimmed from a selection's edges. Kept: % ٪ ‰ ‱ # @ &, which belong to the number or name they touch.
const TRIMMABLE = /^(?:(?![%٪‰‱#@&])[\p{White_Space}\p{P}\p{Cf}])+$/u;
const SIGN_BEFORE_NUMBER = /^-\p{Nd}/u;

function trimUtf16(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from < end) {
    const cluster = segmentAt(text, from, "grapheme");
    // A minus sign in front of digits is part of the figure a fact-checker quotes.
    if (!TRIMMABLE.test(text.slice(cluster.start, cluster.end)) || SIGN_BEFORE_NUMBER.test(text.slice(from, from + 2)))
      break;
    from = cluster.end;
  }
  let to = end;
  while (to > from) {
    const cluster = segmentAt(text, to - 1, "grapheme");
    if (!TRIMMABLE.test(text.slice(cluster.start, cluster.end))) break;
    to = cluster.start;
  }
  return [from, to];
}

function expandUtf16ToWords(text: string, start: number, end: number): [number, number] {
  const first = segmentAt(text, start, "word");
  const last = segmentAt(text, end - 1, "word");
  return [first.isWordLike ? first.start : start, last.isWordLike ? last.end : end];
}

function inUtf16(
  text: string,
  range: CodePointRange,
  snap: (start: number, end: number) => [number, number],
): CodePointRange {
  const index = new CodePointIndex(text);
  const [start, end] = snap(index.toUtf16(range.start), index.toUtf16(range.end));
  return { start: index.toCodePoint(start), end: index.toCodePoint(end) };
}

function assertOrdered(range: CodePointRange): void {
  if (range.end < range.start) throw new RangeError(`The range ${range.start}..${range.end} ends before it starts.`);
}

export function snapToGraphemes(text: string, range: CodePointRange): CodePointRange {
  assertOrdered(range);
  return inUtf16(text, range, (start, end) => snapUtf16ToGraphemes(text, start, end));
}

/** Widens a range to whole words (Intl.Segmenter's word rules); spaces and punctuation at its edges stay as they are. */
export function snapToWords(text: string, range: CodePointRange): CodePointRange {
  assertOrdered(range);
  return inUtf16(text, range, (start, end) => {
    const [from, to] = snapUtf16ToGraphemes(text, start, end);
    return from < to ? expandUtf16ToWords(text, from, to) : [from, to];
  });
}

/** Drops whitespace, punctuation (Arabic ، ؛ ؟ « » too) and invisible format characters from both edges. */
export function trimRange(text: string, range: CodePointRange): CodePointRange {
  assertOrdered(range);
  return inUtf16(text, range, (start, end) => trimUtf16(text, ...snapUtf16ToGraphemes(text, start, end)));
}

/**
 * Turns what a person selected into the range a claim should cover: whole grapheme clusters, no
 * stray spaces or punctuation at the edges and, with `words`, whole words. Null when nothing is left;
 * a RangeError when the range is outside the text.
 */
export function snapSelection(text: string, range: CodePointRange, options: { words: boolean }): CodePointRange | null {
  assertOrdered(range);
  const snapped = inUtf16(text, range, (start, end) => {
    const [from, to] = trimUtf16(text, ...snapUtf16ToGraphemes(text, start, end));
    return options.words && from < to ? expandUtf16ToWords(text, from, to) : [from, to];
  });
  return snapped.start < snapped.end ? snapped : null;
}
