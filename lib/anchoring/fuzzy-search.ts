import { snapUtf16ToGraphemes } from "@/lib/arabic/graphemes";
import { spendWork } from "@/lib/limits/work-budget";
import { findMatchEnds, findMatchStart } from "./approximate-match";
import { findOwnPlace } from "./own-place";
import { estimateRefineWork, MAX_REFINED_QUOTE_LENGTH, refineEdges } from "./refine-edges";
import { byNearRank, scoreCandidate, type Candidate } from "./score";
import type { SearchQuery, SearchText } from "./search-text";

// Hypothesis allows min(256, len/2) errors; half the quote rewritten is a different claim. A quarter
// (rounded down, so quotes under 4 characters must match exactly) still survives a changed word.
const MAX_ERROR_RATE = 0.25;
const MAX_ERRORS = 256;
// The search reports every end position that ties for fewest errors; weigh the nearest few.
const MAX_MATCHES = 50;
// Finding where a match starts searches its stretch backwards (quote length × its blocks of 32): for a
// long quote, only the nearest few ends are worth that.
const STARTS_WORK = 4_000_000;
// Matches whose edges are then refined: refining can reorder them.
const MAX_REFINED = 3;
// Refining costs about the quote's length squared per passage (refine-edges.ts): a long quote's are
// refined only as far as this allows, the best match and the claim's own place first.
const REFINE_WORK = 8_000_000;
// The search reports only the matches with the fewest errors in the text it is given, so a copy
// elsewhere with fewer edits would hide the claim's own, edited place: look right around it on its own too.
const CLOSE_BY = 64;

/** Approximate matches starting in from..to (UTF-16), nearest `expected` first. */
function findMatches(doc: SearchText, query: SearchQuery, from: number, to: number, maxErrors: number) {
  const { exact } = query;
  const window = doc.text.slice(from, Math.min(doc.text.length, to + exact.length + maxErrors));
  const expected = query.expected - from;
  // A match ending at `end` starts at most this far back: ends that cannot start by `to` are dropped.
  const ends = findMatchEnds(window, exact, maxErrors).filter(
    (match) => match.end - exact.length - maxErrors <= to - from,
  );
  spendWork(ends.length * Math.ceil(Math.log2(ends.length + 1)));
  ends.sort((a, b) => Math.abs(a.end - exact.length - expected) - Math.abs(b.end - exact.length - expected));
  const startCost = (exact.length + maxErrors) * Math.ceil(exact.length / 32);
  const worth = Math.max(3, Math.min(MAX_MATCHES, Math.floor(STARTS_WORK / startCost)));
  return ends
    .slice(0, worth)
    .map((match) => ({ ...match, start: findMatchStart(window, exact, match) }))
    .filter((match) => match.end > match.start && match.start <= to - from)
    .sort((a, b) => Math.abs(a.start - expected) - Math.abs(b.start - expected))
    .map((match) => ({ errors: match.errors, start: from + match.start, end: from + match.end }));
}

/** Approximate matches starting in from..to (UTF-16), snapped to whole clusters and scored. */
function findSeeds(doc: SearchText, query: SearchQuery, from: number, to: number, maxErrors: number): Candidate[] {
  const matches = findMatches(doc, query, from, to, maxErrors);
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
  const [best, ...others] = ranked.slice(0, MAX_REFINED);
  const affordable = Math.max(1, Math.floor(REFINE_WORK / estimateRefineWork(query.exact.length)));
  const refined = [best, ownPlace, ...others]
    .filter((seed) => seed !== undefined && seed !== null)
    .slice(0, affordable)
    .map((seed) => refineEdges(doc, query, seed))
    .filter((candidate) => candidate !== null);
  return refined.sort(order)[0] ?? null;
}
