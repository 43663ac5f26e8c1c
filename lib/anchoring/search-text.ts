import { CodePointIndex } from "@/lib/arabic/codepoint-index";
import { codePointLength } from "@/lib/arabic/codepoints";
import { spendWork } from "@/lib/limits/work-budget";
import { CONTEXT_CODE_POINTS, type TAnchor } from "./selectors";
import { describeWordEdges } from "./word-edges";

// Searching happens in UTF-16 (find-occurrences.ts and approximate-match.ts work on JavaScript strings); the API
// speaks code points. This is the one place that converts, prepared once per text and once per anchor.

export class SearchText {
  readonly index: CodePointIndex;

  constructor(readonly text: string) {
    this.index = new CodePointIndex(text);
  }

  /** Up to `length` code points ending at UTF-16 index `at`. */
  before(at: number, length: number): string {
    spendWork(length);
    const end = this.index.toCodePoint(at);
    return this.index.slice(Math.max(0, end - length), end);
  }

  /** Up to `length` code points starting at UTF-16 index `at`. */
  after(at: number, length: number): string {
    spendWork(length);
    const start = this.index.toCodePoint(at);
    return this.index.slice(start, Math.min(this.index.length, start + length));
  }
}

// Imported anchors may carry up to 256 code points of context; comparing it costs its length squared at
// every candidate, and the words right beside the quote decide anyway.
const MAX_CONTEXT_CODE_POINTS = 2 * CONTEXT_CODE_POINTS;

// How far from the expected start a claim still counts as near, besides twice its own length: a few
// paragraphs' worth of edits. Batch re-anchoring usually predicts a start to within a few words.
const NEAR_CODE_POINTS = 512;

export type SearchQuery = {
  exact: string;
  prefix: string;
  suffix: string;
  // Compared against at least a full context's width, so a claim that used to open the article does not
  // agree with just any place (its stored prefix is empty).
  prefixWindow: number;
  suffixWindow: number;
  /** UTF-16 index where the claim is expected to start now: its old start, shifted by earlier edits. */
  expected: number;
  /** UTF-16 range of the starts that count as near `expected`: the claim's own place, not a copy elsewhere. */
  near: { from: number; to: number };
  /** The stored position in UTF-16, when it still fits in the text. */
  stored: { start: number; end: number } | null;
  /** Whether the quote began and ended between words: a passage found approximately should too. */
  wordEdges: { start: boolean; end: boolean };
};

export function prepareQuery(doc: SearchText, anchor: TAnchor, expectedStart: number): SearchQuery {
  const { position } = anchor;
  const quote = {
    ...anchor.quote,
    prefix: [...anchor.quote.prefix].slice(-MAX_CONTEXT_CODE_POINTS).join(""),
    suffix: [...anchor.quote.suffix].slice(0, MAX_CONTEXT_CODE_POINTS).join(""),
  };
  // Anchors come from storage and imports: a position that is not a range of this text is just ignored.
  const fits =
    Number.isInteger(position.start) &&
    Number.isInteger(position.end) &&
    position.start >= 0 &&
    position.start < position.end &&
    position.end <= doc.index.length;
  const expected = Number.isFinite(expectedStart)
    ? Math.min(Math.max(0, Math.trunc(expectedStart)), doc.index.length)
    : 0;
  const margin = NEAR_CODE_POINTS + 2 * codePointLength(quote.exact);
  return {
    exact: quote.exact,
    prefix: quote.prefix,
    suffix: quote.suffix,
    prefixWindow: Math.max(codePointLength(quote.prefix), CONTEXT_CODE_POINTS),
    suffixWindow: Math.max(codePointLength(quote.suffix), CONTEXT_CODE_POINTS),
    expected: doc.index.toUtf16(expected),
    near: {
      from: doc.index.toUtf16(Math.max(0, expected - margin)),
      to: doc.index.toUtf16(Math.min(doc.index.length, expected + margin)),
    },
    stored: fits ? { start: doc.index.toUtf16(position.start), end: doc.index.toUtf16(position.end) } : null,
    wordEdges: describeWordEdges(quote.prefix, quote.exact, quote.suffix),
  };
}
