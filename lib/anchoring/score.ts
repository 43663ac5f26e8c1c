import type { SearchQuery, SearchText } from "./search-text";
import { rateContextAgreement } from "./similarity";

// Hypothesis' weights: the quote counts most, then the text on each side, then nearness as a tie-breaker.
// Nearness decides more than its weight says: see where exact-search.ts and resolve.ts look first.
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const TOTAL_WEIGHT = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

/**
 * Below this a claim is orphaned for a person to re-attach instead of being moved silently. An exact
 * quote with no surrounding text left scores at most 0.57; one side of context intact lifts it to 0.78.
 */
export const MIN_ANCHOR_SCORE = 0.6;

/** Half the quote rewritten is a different claim, however well its surroundings agree. */
export const MIN_QUOTE_SIMILARITY = 0.5;

/** A place the claim may now cover, in UTF-16 offsets of the searched text. */
export type Candidate = {
  start: number;
  end: number;
  /** Agreement of prefix and suffix, 0..2. */
  context: number;
  distance: number;
  /** How much of the quote the passage keeps, 0..1 (1 - edits / quote length). */
  quote: number;
  /** 0..1 */
  score: number;
};

export type CandidateParts = { quote: number; prefix: number; suffix: number };

/** The candidate start..end from its parts' agreements, already measured. */
export function weighCandidate(
  doc: SearchText,
  query: SearchQuery,
  start: number,
  end: number,
  parts: CandidateParts,
): Candidate {
  const distance = Math.abs(start - query.expected);
  const nearness = 1 - distance / Math.max(doc.text.length, 1);
  const weighted =
    WEIGHTS.quote * parts.quote +
    WEIGHTS.prefix * parts.prefix +
    WEIGHTS.suffix * parts.suffix +
    WEIGHTS.position * nearness;
  return {
    start,
    end,
    context: parts.prefix + parts.suffix,
    distance,
    quote: parts.quote,
    score: weighted / TOTAL_WEIGHT,
  };
}

export const ratePrefixAt = (doc: SearchText, query: SearchQuery, start: number) =>
  rateContextAgreement(query.prefix, doc.before(start, query.prefixWindow));

export const rateSuffixAt = (doc: SearchText, query: SearchQuery, end: number) =>
  rateContextAgreement(query.suffix, doc.after(end, query.suffixWindow));

export function scoreCandidate(
  doc: SearchText,
  query: SearchQuery,
  start: number,
  end: number,
  quoteSimilarity: number,
): Candidate {
  const parts = {
    quote: quoteSimilarity,
    prefix: ratePrefixAt(doc, query, start),
    suffix: rateSuffixAt(doc, query, end),
  };
  return weighCandidate(doc, query, start, end, parts);
}

// Near the expected place, nearness counts for much more than its weight in the score: one side of context
// (20 points) for every this many UTF-16 units. The claim's own place, with an edit beside it, beats a
// copy a few hundred characters off whose surroundings happen to agree better.
const DISTANCE_PER_SIDE = 128;

/** Orders candidates near the expected place, best first: score, less a penalty for distance. */
export function byNearRank(a: Candidate, b: Candidate): number {
  const rank = (candidate: Candidate) =>
    candidate.score * TOTAL_WEIGHT - (WEIGHTS.prefix * candidate.distance) / DISTANCE_PER_SIDE;
  return rank(b) - rank(a) || a.distance - b.distance;
}

/** Good enough to anchor a claim on: the minimum score, and most of the quote still there. */
export const isConfident = (candidate: Candidate): boolean =>
  candidate.score >= MIN_ANCHOR_SCORE && candidate.quote >= MIN_QUOTE_SIMILARITY;
