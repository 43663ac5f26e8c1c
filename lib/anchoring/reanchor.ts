import { locateClaim, type TResolution } from "./resolve";
import { SearchText } from "./search-text";
import type { TAnchor } from "./selectors";

export type TReanchorReport = {
  /** One result per anchor, in the order given. */
  results: TResolution[];
  counts: { anchored: number; orphaned: number };
};

/**
 * Re-anchors every claim of an article against its new text. The text is indexed once, and claims are
 * visited in reading order so that each one is first looked for where the edits before it moved it. A
 * claim found far from there only moves that expectation when all its context came with it: one wrong
 * guess must not send the claims after it to look in the wrong place.
 */
export function reanchorAll(newText: string, anchors: readonly TAnchor[]): TReanchorReport {
  const doc = new SearchText(newText);
  const results = new Array<TResolution>(anchors.length);
  const readingOrder = anchors.map((_, i) => i).sort((a, b) => anchors[a].position.start - anchors[b].position.start);
  let shift = 0;
  for (const i of readingOrder) {
    const anchor = anchors[i];
    const { result, nearExpected } = locateClaim(doc, anchor, anchor.position.start + shift);
    if (result.status === "anchored" && nearExpected) shift = result.start - anchor.position.start;
    results[i] = result;
  }
  const anchored = results.filter((result) => result.status === "anchored").length;
  return { results, counts: { anchored, orphaned: results.length - anchored } };
}
