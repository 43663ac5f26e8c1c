import { findOccurrences } from "@/lib/arabic/find-occurrences";
import { isGraphemeBoundary } from "@/lib/arabic/graphemes";
import { spendWork } from "@/lib/limits/work-budget";
import { byNearRank, isConfident, scoreCandidate, type Candidate } from "./score";
import type { SearchQuery, SearchText } from "./search-text";
import { isWordEdge } from "./word-edges";

// A short quote such as a number can occur thousands of times in a long article; past this many we
// only weigh the occurrences nearest to where the claim is expected.
const MAX_OCCURRENCES = 1000;
// Near the expected place, nearness outweighs all the context can add (score.ts, byNearRank) beyond a
// few hundred units, so the nearest few occurrences hold the best one.
const MAX_NEAR_OCCURRENCES = 256;
const SAME = 1e-9;
// Between copies of the quote far from the claim's place, context must prefer one by this much (of 2).
const DECISIVE_CONTEXT = 0.5;
// An occurrence of the claim has the stored text right beside it on at least one side; a copy a few words
// away from a deleted claim has shifted context that still agrees in part, but not there.
const ADJACENT_CODE_POINTS = 8;

/** Context decides between equal quotes; when it cannot, the occurrence nearest the expected place wins. */
function byContextThenNearness(a: Candidate, b: Candidate): number {
  return Math.abs(a.context - b.context) > SAME ? b.context - a.context : a.distance - b.distance;
}

/** True when the text at `start..end` is exactly the quote and does not cut a grapheme cluster. */
export function isWholeQuoteAt(doc: SearchText, exact: string, start: number, end: number): boolean {
  spendWork(exact.length);
  return (
    end - start === exact.length &&
    doc.text.startsWith(exact, start) &&
    isGraphemeBoundary(doc.text, start) &&
    isGraphemeBoundary(doc.text, end)
  );
}

/** True when the code points right before or right after the occurrence at `start` are the stored ones. */
function keepsAdjacentContext(doc: SearchText, query: SearchQuery, start: number): boolean {
  const before = [...query.prefix].slice(-ADJACENT_CODE_POINTS).join("");
  const after = [...query.suffix].slice(0, ADJACENT_CODE_POINTS).join("");
  // A shorter stored side means the text's edge: only the same edge matches it.
  const end = start + query.exact.length;
  return doc.before(start, ADJACENT_CODE_POINTS) === before || doc.after(end, ADJACENT_CODE_POINTS) === after;
}

const isOccurrence = (doc: SearchText, query: SearchQuery) => (candidate: Candidate) =>
  isConfident(candidate) && keepsAdjacentContext(doc, query, candidate.start);

/** UTF-16 starts of the verbatim occurrences of the quote that start within from..to. */
const findStarts = (doc: SearchText, exact: string, from: number, to: number) =>
  findOccurrences(doc.text, exact, { from, to });

/** Verbatim occurrences near the expected place (query.near), the nearest MAX_NEAR_OCCURRENCES, cut clusters included. */
export function findNearOccurrences(doc: SearchText, query: SearchQuery): number[] {
  const starts = findStarts(doc, query.exact, query.near.from, query.near.to);
  if (starts.length <= MAX_NEAR_OCCURRENCES) return starts;
  spendWork(starts.length * Math.ceil(Math.log2(starts.length)));
  const distance = (at: number) => Math.abs(at - query.expected);
  return starts
    .sort((a, b) => distance(a) - distance(b))
    .slice(0, MAX_NEAR_OCCURRENCES)
    .sort((a, b) => a - b);
}

/** Verbatim occurrences elsewhere, cut clusters included (checking thousands of them would be costly). */
export const findDistantOccurrences = (doc: SearchText, query: SearchQuery) =>
  findStarts(doc, query.exact, 0, doc.text.length).filter((at) => at < query.near.from || at > query.near.to);

/**
 * An occurrence (a start the search found the quote at) that is the same text: whole grapheme clusters,
 * and whole words where the quote began or ended between words ("إن" inside "إنهم" is another word).
 */
export const isWholeOccurrence = (doc: SearchText, query: SearchQuery) => (start: number) => {
  const end = start + query.exact.length;
  return (
    isGraphemeBoundary(doc.text, start) &&
    isGraphemeBoundary(doc.text, end) &&
    (!query.wordEdges.start || isWordEdge(doc.text, start)) &&
    (!query.wordEdges.end || isWordEdge(doc.text, end))
  );
};

/** An occurrence with the stored text on both sides: no context can do better, and it is cheap to check. */
function hasSameContext(doc: SearchText, query: SearchQuery, start: number): boolean {
  return (
    doc.before(start, query.prefixWindow) === query.prefix &&
    doc.after(start + query.exact.length, query.suffixWindow) === query.suffix
  );
}

/**
 * The best occurrence near the expected place that is good enough to anchor on and that `accept`s. An
 * occurrence that cuts a grapheme cluster (the text now has a haraka on the quote's last letter, say) or
 * a word is not the same text.
 */
export function pickNearOccurrence(
  doc: SearchText,
  query: SearchQuery,
  starts: number[],
  accept: (found: Candidate) => boolean,
): Candidate | null {
  const isWhole = isWholeOccurrence(doc, query);
  // The usual case: the quote and all its context, moved by the edits before it exactly as expected
  // (nothing can be nearer, so there is nothing for `accept` to weigh).
  const { expected } = query;
  if (starts.includes(expected) && hasSameContext(doc, query, expected) && isWhole(expected)) {
    return scoreCandidate(doc, query, expected, expected + query.exact.length, 1);
  }
  const scored = starts
    .map((start) => scoreCandidate(doc, query, start, start + query.exact.length, 1))
    .filter(isOccurrence(doc, query));
  return scored.sort(byNearRank).find((candidate) => isWhole(candidate.start) && accept(candidate)) ?? null;
}

/**
 * The copy far from the expected place that its context singles out (a paragraph moved, a long passage
 * inserted before the claim); "ambiguous" when several are good enough and context does not decide.
 */
export function pickDistantOccurrence(
  doc: SearchText,
  query: SearchQuery,
  starts: number[],
): Candidate | "ambiguous" | null {
  const byDistance = (a: number, b: number) => Math.abs(a - query.expected) - Math.abs(b - query.expected);
  spendWork(starts.length * Math.ceil(Math.log2(starts.length + 1)));
  const nearest = starts.length <= MAX_OCCURRENCES ? starts : [...starts].sort(byDistance).slice(0, MAX_OCCURRENCES);
  const candidates = nearest
    .map((start) => scoreCandidate(doc, query, start, start + query.exact.length, 1))
    .filter((candidate) => isOccurrence(doc, query)(candidate) && isWholeOccurrence(doc, query)(candidate.start))
    .sort(byContextThenNearness);
  if (candidates.length > 1 && candidates[0].context - candidates[1].context < DECISIVE_CONTEXT) return "ambiguous";
  return candidates[0] ?? null;
}
