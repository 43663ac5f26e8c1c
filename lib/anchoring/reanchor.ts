import { locateClaim, skipClaim, type TResolution } from "./resolve";
import { SearchText } from "./search-text";
import type { TAnchor } from "./selectors";

export type TReanchorReport = {
  /** One result per anchor, in the order given. */
  results: TResolution[];
  counts: { anchored: number; orphaned: number };
  /** Steps of work each search took (lib/limits/work-budget.ts), in the order given. */
  work: number[];
};

// Between two claims, an asynchronous re-anchoring lets other requests run once it has used this much.
const SLICE_WORK = 20_000_000;
// All the searches of one request together (a few seconds of one core): the claims left when it is
// spent are orphaned as too costly to look for, for a person to re-attach.
export const REQUEST_WORK = 1_000_000_000;

/**
 * Visits every claim in reading order, each first looked for where the edits before it moved it, and
 * yields after each one the work it took. A claim found far from there only moves that expectation when
 * all its context came with it: one wrong guess must not send the claims after it to the wrong place.
 */
function* visitClaims(newText: string, anchors: readonly TAnchor[], report: TReanchorReport) {
  const doc = new SearchText(newText);
  const readingOrder = anchors.map((_, i) => i).sort((a, b) => anchors[a].position.start - anchors[b].position.start);
  let shift = 0;
  let spent = 0;
  for (const i of readingOrder) {
    const anchor = anchors[i];
    const { result, nearExpected, work } =
      spent < REQUEST_WORK ? locateClaim(doc, anchor, anchor.position.start + shift) : skipClaim();
    spent += work;
    if (result.status === "anchored" && nearExpected) shift = result.start - anchor.position.start;
    report.results[i] = result;
    report.work[i] = work;
    yield work;
  }
  const anchored = report.results.filter((result) => result.status === "anchored").length;
  report.counts = { anchored, orphaned: anchors.length - anchored };
}

const emptyReport = (size: number): TReanchorReport => ({
  results: new Array<TResolution>(size),
  counts: { anchored: 0, orphaned: 0 },
  work: new Array<number>(size).fill(0),
});

/** Re-anchors every claim of an article against its new text, in one go (tests, benchmarks, scripts). */
export function reanchorAll(newText: string, anchors: readonly TAnchor[]): TReanchorReport {
  const report = emptyReport(anchors.length);
  const visits = visitClaims(newText, anchors, report);
  while (!visits.next().done);
  return report;
}

/**
 * reanchorAll for a request: every claim's search is bounded by its own budget, and whenever the claims
 * searched since the last pause took SLICE_WORK steps, the event loop serves other requests before the
 * next one. A huge edit of an article with many claims takes longer; it never holds up everyone else.
 */
export async function reanchorInSlices(newText: string, anchors: readonly TAnchor[]): Promise<TReanchorReport> {
  const report = emptyReport(anchors.length);
  let sinceLastPause = 0;
  for (const work of visitClaims(newText, anchors, report)) {
    sinceLastPause += work;
    if (sinceLastPause < SLICE_WORK) continue;
    sinceLastPause = 0;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return report;
}
