import { reanchorAll } from "@/lib/anchoring/reanchor";
import type { TResolution } from "@/lib/anchoring/resolve";
import { CONTEXT_CODE_POINTS } from "@/lib/anchoring/selectors";
import { CodePointIndex } from "@/lib/arabic/codepoint-index";
import type { EditedText } from "./random-edits";
import type { SyntheticClaim } from "./synthetic-claims";

type Anchored = Extract<TResolution, { status: "anchored" }>;
export type WrongPlacement = {
  id: string;
  method: string;
  quote: string;
  found: string;
  why: string;
  ownWordsEdited: boolean;
  /** Code points in the edited text: where the claim was put, and where its first character went (-1: deleted). */
  foundAt: number;
  ownAt: number;
};

export type ReanchorCheck = {
  medianMs: number;
  anchored: number;
  byMethod: Record<Anchored["method"], number>;
  wrong: WrongPlacement[];
  /** Orphans by what happened to them: their own words edited, only the text around them, or nothing. */
  orphaned: { total: number; wordsEdited: number; contextEdited: number; untouched: number };
};

/**
 * Re-anchors every claim in the edited text and checks each placement against where its characters
 * really went. Exact and position matches must be the old quote at the old place; fuzzy ones must cover
 * at least half of the claim's surviving characters and nothing of the original text outside the claim
 * (text inserted by the edits is allowed).
 */
export function checkReanchoring(
  claims: SyntheticClaim[],
  edited: EditedText,
  originalLength: number,
  runs = 3,
): ReanchorCheck {
  const anchors = claims.map((claim) => claim.anchor);
  const times: number[] = [];
  let results: TResolution[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    results = reanchorAll(edited.text, anchors).results;
    times.push(performance.now() - started);
  }
  const newIndexOf = new Int32Array(originalLength).fill(-1);
  edited.home.forEach((home, i) => Number.isInteger(home) && (newIndexOf[home] = i));
  // Every original character of start..end still there, in order, with nothing inserted between them.
  const intact = (start: number, end: number) => {
    for (let k = start; k < end; k++) if (newIndexOf[k] < 0) return false;
    return newIndexOf[end - 1] - newIndexOf[start] === end - 1 - start;
  };
  const index = new CodePointIndex(edited.text);
  const report: ReanchorCheck = {
    medianMs: [...times].sort((a, b) => a - b)[Math.floor(runs / 2)],
    anchored: 0,
    byMethod: { position: 0, exact: 0, fuzzy: 0 },
    wrong: [],
    orphaned: { total: 0, wordsEdited: 0, contextEdited: 0, untouched: 0 },
  };
  claims.forEach((claim, i) => {
    const result = results[i];
    if (result.status === "orphaned") {
      report.orphaned.total++;
      const around = intact(
        Math.max(0, claim.start - CONTEXT_CODE_POINTS),
        Math.min(originalLength, claim.end + CONTEXT_CODE_POINTS),
      );
      report.orphaned[!intact(claim.start, claim.end) ? "wordsEdited" : !around ? "contextEdited" : "untouched"]++;
      return;
    }
    report.anchored++;
    report.byMethod[result.method]++;
    const why = judgePlacement(claim, result, edited.home, newIndexOf, index);
    if (!why) return;
    const found = index.slice(result.start, result.end);
    const { id, anchor, start, end } = claim;
    const ownWordsEdited = !intact(start, end);
    report.wrong.push({
      id,
      method: result.method,
      quote: anchor.quote.exact,
      found,
      why,
      ownWordsEdited,
      foundAt: result.start,
      ownAt: newIndexOf[start],
    });
  });
  return report;
}

function judgePlacement(
  claim: SyntheticClaim,
  found: Anchored,
  home: Float64Array,
  newIndexOf: Int32Array,
  index: CodePointIndex,
): string | null {
  const { start, end } = claim;
  const homes = home.subarray(found.start, found.end);
  const outside = homes.filter((h) => h < start - 0.5 || h > end - 0.5).length;
  if (found.method !== "fuzzy") {
    if (index.slice(found.start, found.end) !== claim.anchor.quote.exact) return "the text differs from the quote";
    return outside > 0 ? "the same words, but another occurrence of them" : null;
  }
  if (outside > 0) return `takes in ${outside} original characters from outside the claim`;
  const own = homes.filter((h) => Number.isInteger(h) && h >= start && h < end).length;
  const surviving = newIndexOf.subarray(start, end).filter((at) => at >= 0).length;
  return own * 2 < surviving ? `covers ${own} of the claim's ${surviving} surviving characters` : null;
}
