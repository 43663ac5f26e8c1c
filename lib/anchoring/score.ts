import type { SearchQuery, SearchText } from "./search-text";
import { rateContextAgreement } from "./similarity";

// Hypothesis' weights: the quote counts most, then the text on each side, then nearness as a tie-breaker.
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const TOTAL_WEIGHT = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

/**
 * Below this a claim is orphaned for a person to re-attach instead of being moved silently. An exact
 * quote with no surrounding text left scores at most 0.57; one side of context intact lifts it to 0.78.
 */
export const MIN_ANCHOR_SCORE = 0.6;

/** A place the claim may now cover, in UTF-16 offsets of the searched text. */
export type Candidate = {
  start: number;
  end: number;
  /** Agreement of prefix and suffix, 0..2. */
  context: number;
  distance: number;
  /** 0..1 */
  score: number;
};

export function scoreCandidate(doc: SearchText, query: SearchQuery, start: number, end: number, quoteSimilarity: number): Candidate {
  const prefix = rateContextAgreement(query.prefix, doc.before(start, query.prefixWindow));
  const suffix = rateContextAgreement(query.suffix, doc.after(end, query.suffixWindow));
  const distance = Math.abs(start - query.expected);
  const nearness = 1 - distance / Math.max(doc.text.length, 1);
  const weighted =
    WEIGHTS.quote * quoteSimilarity + WEIGHTS.prefix * prefix + WEIGHTS.suffix * suffix + WEIGHTS.position * nearness;
  return { start, end, context: prefix + suffix, distance, score: weighted / TOTAL_WEIGHT };
}
