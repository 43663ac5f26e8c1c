import search from "approx-string-match";
import { snapUtf16ToGraphemes } from "@/lib/arabic/graphemes";
import { MIN_ANCHOR_SCORE, scoreCandidate, type Candidate } from "./score";
import type { SearchQuery, SearchText } from "./search-text";

// Hypothesis allows min(256, len/2) errors; half the quote rewritten is a different claim. A quarter
// (rounded down, so quotes under 4 characters must match exactly) still survives a changed word.
const MAX_ERROR_RATE = 0.25;
const MAX_ERRORS = 256;
// approx-string-match reports every end position that ties for fewest errors; weigh the nearest few.
const MAX_MATCHES = 50;

function findBestIn(doc: SearchText, query: SearchQuery, from: number, to: number, maxErrors: number): Candidate | null {
  const matches = search(doc.text.slice(from, to), query.exact, maxErrors)
    .map((match) => ({ ...match, start: from + match.start, end: from + match.end }))
    .filter((match) => match.end > match.start)
    .sort((a, b) => Math.abs(a.start - query.expected) - Math.abs(b.start - query.expected))
    .slice(0, MAX_MATCHES);
  let best: Candidate | null = null;
  const seen = new Set<string>();
  for (const match of matches) {
    const [start, end] = snapUtf16ToGraphemes(doc.text, match.start, match.end);
    if (seen.has(`${start}:${end}`)) continue;
    seen.add(`${start}:${end}`);
    // Characters added by snapping to whole clusters count as errors too.
    const errors = match.errors + (match.start - start) + (end - match.end);
    const candidate = scoreCandidate(doc, query, start, end, Math.max(0, 1 - errors / query.exact.length));
    if (!best || candidate.score > best.score) best = candidate;
  }
  return best;
}

/**
 * The best approximate occurrence, snapped to whole grapheme clusters. Searches near the expected
 * place first (cheap, and where an edited claim usually is), then the whole text.
 */
export function findFuzzyMatch(doc: SearchText, query: SearchQuery): Candidate | null {
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(query.exact.length * MAX_ERROR_RATE));
  if (maxErrors === 0) return null;
  const margin = 2 * query.exact.length + 512;
  const from = Math.max(0, query.expected - margin);
  const to = Math.min(doc.text.length, query.expected + query.exact.length + margin);
  const near = findBestIn(doc, query, from, to, maxErrors);
  if ((near && near.score >= MIN_ANCHOR_SCORE) || (from === 0 && to === doc.text.length)) return near;
  const anywhere = findBestIn(doc, query, 0, doc.text.length, maxErrors);
  return anywhere && (!near || anywhere.score > near.score) ? anywhere : near;
}
