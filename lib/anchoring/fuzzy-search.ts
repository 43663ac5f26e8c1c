import search from "approx-string-match";
import { snapUtf16ToGraphemes } from "@/lib/arabic/graphemes";
import { findOwnPlace } from "./own-place";
import { MAX_REFINED_QUOTE_LENGTH, refineEdges } from "./refine-edges";
import { byNearRank, scoreCandidate, type Candidate } from "./score";
import type { SearchQuery, SearchText } from "./search-text";

// Hypothesis allows min(256, len/2) errors; half the quote rewritten is a different claim. A quarter
// (rounded down, so quotes under 4 characters must match exactly) still survives a changed word.
const MAX_ERROR_RATE = 0.25;
const MAX_ERRORS = 256;
// approx-string-match reports every end position that ties for fewest errors; weigh the nearest few.
const MAX_MATCHES = 50;
// Matches whose edges are then refined: refining can reorder them.
const MAX_REFINED = 3;
// approx-string-match reports only the matches with the fewest errors in the text it is given, so a copy
// elsewhere with fewer edits would hide the claim's own, edited place: look right around it on its own too.
const CLOSE_BY = 64;

/** Approximate matches starting in from..to (UTF-16), snapped to whole clusters and scored. */
function findSeeds(doc: SearchText, query: SearchQuery, from: number, to: number, maxErrors: number): Candidate[] {
  const end = Math.min(doc.text.length, to + query.exact.length + maxErrors);
  const matches = search(doc.text.slice(from, end), query.exact, maxErrors)
    .map((match) => ({ ...match, start: from + match.start, end: from + match.end }))
    .filter((match) => match.end > match.start && match.start <= to)
    .sort((a, b) => Math.abs(a.start - query.expected) - Math.abs(b.start - query.expected))
    .slice(0, MAX_MATCHES);
  const seeds = new Map<string, Candidate>();
  for (const match of matches) {
    const [start, end] = snapUtf16ToGraphemes(doc.text, match.start, match.end);
    if (seeds.has(`${start}:${end}`)) continue;
    // Characters added by snapping to whole clusters count as errors too.
    const errors = match.errors + (match.start - start) + (end - match.end);
    seeds.set(`${start}:${end}`, scoreCandidate(doc, query, start, end, Math.max(0, 1 - errors / query.exact.length)));
  }
  return [...seeds.values()];
}

/**
 * The best approximate passage starting near the expected place (query.near) or anywhere, with its edges
 * refined (refine-edges.ts). Near, the stretch between the claim's stored prefix and suffix is tried too:
 * it finds a claim whose words changed more than the search allows. The caller judges the passage.
 */
export function findFuzzyMatch(doc: SearchText, query: SearchQuery, where: "near" | "anywhere"): Candidate | null {
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(query.exact.length * MAX_ERROR_RATE));
  if (maxErrors === 0) return null;
  const near = where === "near";
  const order = near ? byNearRank : (a: Candidate, b: Candidate) => b.score - a.score;
  const regions = near
    ? [
        { from: query.expected - query.exact.length - CLOSE_BY, to: query.expected + query.exact.length + CLOSE_BY },
        query.near,
      ]
    : [{ from: 0, to: doc.text.length }];
  const seeds = new Map<string, Candidate>();
  for (const { from, to } of regions) {
    const found = findSeeds(doc, query, Math.max(0, from), Math.min(doc.text.length, to), maxErrors);
    for (const seed of found) seeds.set(`${seed.start}:${seed.end}`, seed);
  }
  const ranked = [...seeds.values()].sort(order);
  if (query.exact.length > MAX_REFINED_QUOTE_LENGTH) return ranked[0] ?? null;
  const ownPlace = near ? findOwnPlace(doc, query) : null;
  const refined = [...ranked.slice(0, MAX_REFINED), ...(ownPlace ? [ownPlace] : [])]
    .map((seed) => refineEdges(doc, query, seed))
    .filter((candidate) => candidate !== null);
  return refined.sort(order)[0] ?? null;
}
