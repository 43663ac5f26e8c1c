import { findExactMatch, isWholeQuoteAt } from "./exact-search";
import { findFuzzyMatch } from "./fuzzy-search";
import { MIN_ANCHOR_SCORE, scoreCandidate, type Candidate } from "./score";
import { prepareQuery, SearchText, type SearchQuery } from "./search-text";
import type { TAnchor } from "./selectors";

export type TResolution =
  | { status: "anchored"; start: number; end: number; method: "position" | "exact" | "fuzzy"; score: number }
  | { status: "orphaned"; reason: string };

const REASONS = {
  empty: "The claim has no quoted words to look for.",
  gone: "The quoted words are no longer in the text.",
  moved: "The quoted words still appear, but the text around them has changed too much to tell which place the claim meant.",
  changed: (score: number) =>
    `The closest passage matches only ${Math.round(score * 100)}% of the quote and its surroundings (${Math.round(MIN_ANCHOR_SCORE * 100)}% needed).`,
};

function anchored(doc: SearchText, query: SearchQuery, found: Candidate, method: "exact" | "fuzzy"): TResolution {
  const atStoredPlace = query.stored?.start === found.start && query.stored.end === found.end;
  return {
    status: "anchored",
    start: doc.index.toCodePoint(found.start),
    end: doc.index.toCodePoint(found.end),
    method: method === "exact" && atStoredPlace ? "position" : method,
    score: found.score,
  };
}

/** The stored position, when the quote is still there with the same text on both sides. */
function checkStoredPosition(doc: SearchText, query: SearchQuery): Candidate | null {
  const { stored } = query;
  if (!stored || !isWholeQuoteAt(doc, query.exact, stored.start, stored.end)) return null;
  const candidate = scoreCandidate(doc, query, stored.start, stored.end, 1);
  return candidate.context === 2 ? candidate : null;
}

/**
 * Finds a claim in `doc`: first at its stored position, then as an exact quote, then approximately.
 * `expectedStart` (code points) is where the claim should be now; batch re-anchoring shifts it by the
 * edits seen so far. Used by reanchorAll; resolveAnchor is the one-claim entry point.
 */
export function resolveInText(doc: SearchText, anchor: TAnchor, expectedStart: number): TResolution {
  if (anchor.quote.exact.length === 0) return { status: "orphaned", reason: REASONS.empty };
  const query = prepareQuery(doc, anchor, expectedStart);
  const unchanged = checkStoredPosition(doc, query);
  if (unchanged) return anchored(doc, query, unchanged, "exact");
  const exact = findExactMatch(doc, query);
  if (exact && exact.score >= MIN_ANCHOR_SCORE) return anchored(doc, query, exact, "exact");
  const fuzzy = findFuzzyMatch(doc, query);
  if (fuzzy && fuzzy.score >= MIN_ANCHOR_SCORE) return anchored(doc, query, fuzzy, "fuzzy");
  if (exact) return { status: "orphaned", reason: REASONS.moved };
  return { status: "orphaned", reason: fuzzy ? REASONS.changed(fuzzy.score) : REASONS.gone };
}

/**
 * Where a claim is in `text` now, in code points and whole grapheme clusters. "position" and "exact"
 * results always cover exactly the quoted text; "fuzzy" ones cover a passage close enough to pass
 * MIN_ANCHOR_SCORE. Anything less is orphaned with a reason a person can act on.
 */
export function resolveAnchor(text: string, anchor: TAnchor): TResolution {
  return resolveInText(new SearchText(text), anchor, anchor.position.start);
}
