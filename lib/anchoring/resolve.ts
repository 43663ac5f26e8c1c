import {
  findDistantOccurrences,
  findNearOccurrences,
  isWholeOccurrence,
  isWholeQuoteAt,
  pickDistantOccurrence,
  pickNearOccurrence,
} from "./exact-search";
import { runWithinBudget, WorkBudgetExceeded } from "@/lib/limits/work-budget";
import { searchBudget } from "./budget";
import { findFuzzyMatch } from "./fuzzy-search";
import { isContextLeftBehind, isFramed, isOwnPlaceNearer } from "./own-place";
import { isConfident, MIN_ANCHOR_SCORE, MIN_QUOTE_SIMILARITY, scoreCandidate, type Candidate } from "./score";
import { prepareQuery, SearchText, type SearchQuery } from "./search-text";
import type { TOrphanReason } from "./orphan-reason";
import type { TAnchor } from "./selectors";

export type TResolution =
  | { status: "anchored"; start: number; end: number; method: "position" | "exact" | "fuzzy"; score: number }
  | { status: "orphaned"; reason: TOrphanReason };

const percent = (share: number) => Math.round(share * 100);
const REASONS = {
  empty: { key: "empty" },
  gone: { key: "gone" },
  moved: { key: "moved" },
  costly: { key: "costly" },
  changed: (found: Candidate): TOrphanReason =>
    found.quote < MIN_QUOTE_SIMILARITY
      ? { key: "changedQuote", params: { score: percent(found.quote), needed: percent(MIN_QUOTE_SIMILARITY) } }
      : { key: "changed", params: { score: percent(found.score), needed: percent(MIN_ANCHOR_SCORE) } },
} satisfies Record<string, TOrphanReason | ((found: Candidate) => TOrphanReason)>;

/** A resolution, and whether it lands where the claim was expected (so later claims may follow its shift). */
export type TLocated = { result: TResolution; nearExpected: boolean };

function anchored(
  doc: SearchText,
  query: SearchQuery,
  found: Candidate,
  method: "exact" | "fuzzy",
  nearExpected: boolean,
): TLocated {
  const atStoredPlace = query.stored?.start === found.start && query.stored.end === found.end;
  const result: TResolution = {
    status: "anchored",
    start: doc.index.toCodePoint(found.start),
    end: doc.index.toCodePoint(found.end),
    method: method === "exact" && atStoredPlace ? "position" : method,
    score: found.score,
  };
  return { result, nearExpected };
}

const orphaned = (reason: TOrphanReason): TLocated => ({ result: { status: "orphaned", reason }, nearExpected: false });

/** The stored position, when the quote is still there with the same text on both sides. */
function checkStoredPosition(doc: SearchText, query: SearchQuery): Candidate | null {
  const { stored } = query;
  if (!stored || !isWholeQuoteAt(doc, query.exact, stored.start, stored.end)) return null;
  const candidate = scoreCandidate(doc, query, stored.start, stored.end, 1);
  return candidate.context === 2 ? candidate : null;
}

/**
 * Finds a claim in `doc`, looking first where it is expected: at its stored position, then for the quote
 * near `expectedStart` (code points), exactly and then approximately. Only when the quote is nowhere near
 * does a copy elsewhere count, and only one its context singles out while the claim's own surroundings
 * are gone from the expected place: repeated words are never enough. A search that would take more than
 * its budget (budget.ts) is orphaned, with that reason. Used by reanchorAll.
 */
export function locateClaim(
  doc: SearchText,
  anchor: TAnchor,
  expectedStart: number,
  budget = searchBudget(doc.text.length, anchor.quote.exact.length),
): TLocated & { work: number } {
  if (anchor.quote.exact.length === 0) return { ...orphaned(REASONS.empty), work: 0 };
  try {
    const { value, spent } = runWithinBudget(budget, () => searchClaim(doc, anchor, expectedStart));
    return { ...value, work: spent };
  } catch (error) {
    if (!(error instanceof WorkBudgetExceeded)) throw error;
    return { ...orphaned(REASONS.costly), work: error.limit };
  }
}

/** A claim not looked for because its request already spent all it may (reanchor.ts). */
export const skipClaim = () => ({ ...orphaned(REASONS.costly), work: 0 });

function searchClaim(doc: SearchText, anchor: TAnchor, expectedStart: number): TLocated {
  const query = prepareQuery(doc, anchor, expectedStart);
  const unchanged = checkStoredPosition(doc, query);
  if (unchanged) return anchored(doc, query, unchanged, "exact", true);
  // Near: the quote verbatim, unless the claim's own place, with its words changed, is nearer still.
  const near = findNearOccurrences(doc, query);
  const exactNear = pickNearOccurrence(doc, query, near, (found) => !isOwnPlaceNearer(doc, query, found));
  if (exactNear) return anchored(doc, query, exactNear, "exact", true);
  // Near, approximately: within the claim's context, or with none of that context left anywhere else.
  const fuzzyNear = findFuzzyMatch(doc, query, "near");
  const isOwn = (found: Candidate) =>
    !isOwnPlaceNearer(doc, query, found) && (isFramed(doc, query, found) || !isContextLeftBehind(doc, query, found));
  if (fuzzyNear && isConfident(fuzzyNear) && isOwn(fuzzyNear)) return anchored(doc, query, fuzzyNear, "fuzzy", true);
  // The words are still near their place with too little around them to be sure: a copy elsewhere is no better.
  if ((fuzzyNear && isConfident(fuzzyNear)) || near.some(isWholeOccurrence(doc, query))) return orphaned(REASONS.moved);
  // Far: a copy that context singles out while nothing of the claim's own place is left near (a moved
  // paragraph, a long insertion before it). With all its context it moves the expected place too.
  const distant = findDistantOccurrences(doc, query);
  const exactFar = pickDistantOccurrence(doc, query, distant);
  if (exactFar === "ambiguous" || (exactFar && isOwnPlaceNearer(doc, query, exactFar))) return orphaned(REASONS.moved);
  if (exactFar) return anchored(doc, query, exactFar, "exact", exactFar.context === 2);
  if (distant.length > 0) return orphaned(REASONS.moved);
  // Far and changed: only inside both sides of its context, with none of it left behind.
  const nearIsEverything = query.near.from === 0 && query.near.to === doc.text.length;
  const fuzzyFar = nearIsEverything ? null : findFuzzyMatch(doc, query, "anywhere");
  if (fuzzyFar && isConfident(fuzzyFar)) {
    const isOwnFar = isFramed(doc, query, fuzzyFar) && !isContextLeftBehind(doc, query, fuzzyFar);
    return isOwnFar ? anchored(doc, query, fuzzyFar, "fuzzy", false) : orphaned(REASONS.moved);
  }
  const closest = [fuzzyNear, fuzzyFar].filter((found) => found !== null).sort((a, b) => b.score - a.score)[0];
  return orphaned(closest ? REASONS.changed(closest) : REASONS.gone);
}

/**
 * Where a claim is in `text` now, in code points and whole grapheme clusters. "position" and "exact"
 * results always cover exactly the quoted text; "fuzzy" ones cover a passage that keeps enough of it
 * (MIN_QUOTE_SIMILARITY), with enough of its surroundings to pass MIN_ANCHOR_SCORE. Anything less, or a
 * passage that may be another one with the same words, is orphaned with a reason a person can act on.
 */
export function resolveAnchor(text: string, anchor: TAnchor): TResolution {
  return locateClaim(new SearchText(text), anchor, anchor.position.start).result;
}
