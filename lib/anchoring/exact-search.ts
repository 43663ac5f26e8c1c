import { isGraphemeBoundary } from "@/lib/arabic/graphemes";
import { scoreCandidate, type Candidate } from "./score";
import type { SearchQuery, SearchText } from "./search-text";

// A short quote such as a number can occur thousands of times in a long article; past this many we
// only weigh the occurrences nearest to where the claim is expected.
const MAX_OCCURRENCES = 1000;
const SAME = 1e-9;

function findOccurrences(text: string, exact: string, expected: number): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) starts.push(at);
  if (starts.length <= MAX_OCCURRENCES) return starts;
  return starts.sort((a, b) => Math.abs(a - expected) - Math.abs(b - expected)).slice(0, MAX_OCCURRENCES);
}

/** Context decides between equal quotes; when it cannot, the occurrence nearest the expected place wins. */
function byContextThenNearness(a: Candidate, b: Candidate): number {
  return Math.abs(a.context - b.context) > SAME ? b.context - a.context : a.distance - b.distance;
}

/** True when the text at `start..end` is exactly the quote and does not cut a grapheme cluster. */
export function isWholeQuoteAt(doc: SearchText, exact: string, start: number, end: number): boolean {
  return (
    end - start === exact.length &&
    doc.text.startsWith(exact, start) &&
    isGraphemeBoundary(doc.text, start) &&
    isGraphemeBoundary(doc.text, end)
  );
}

/** An occurrence with the stored text on both sides: no context can do better, and it is cheap to check. */
function hasSameContext(doc: SearchText, query: SearchQuery, start: number): boolean {
  return (
    doc.before(start, query.prefixWindow) === query.prefix &&
    doc.after(start + query.exact.length, query.suffixWindow) === query.suffix
  );
}

/**
 * The best verbatim occurrence of the quote. An occurrence that cuts a grapheme cluster (the text now
 * has a haraka on the quote's last letter, say) is skipped: it is not the same text any more.
 */
export function findExactMatch(doc: SearchText, query: SearchQuery): Candidate | null {
  const starts = findOccurrences(doc.text, query.exact, query.expected);
  const isWhole = (start: number) => isWholeQuoteAt(doc, query.exact, start, start + query.exact.length);
  const untouched = starts
    .filter((start) => hasSameContext(doc, query, start))
    .sort((a, b) => Math.abs(a - query.expected) - Math.abs(b - query.expected))
    .find(isWhole);
  if (untouched !== undefined) return scoreCandidate(doc, query, untouched, untouched + query.exact.length, 1);
  const candidates = starts
    .map((start) => scoreCandidate(doc, query, start, start + query.exact.length, 1))
    .sort(byContextThenNearness);
  return candidates.find((candidate) => isWhole(candidate.start)) ?? null;
}
