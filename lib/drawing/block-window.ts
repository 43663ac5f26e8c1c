/**
 * Which of the article's blocks (paragraphs, headings) to paint: those near the screen. Pure
 * arithmetic on block edges, so the browser side only supplies getBoundingClientRect.
 */

/** Blocks first..last, both included; empty when first > last. */
export type BlockSpan = { first: number; last: number };
export type Edges = { top: number; bottom: number };

export const NO_BLOCKS: BlockSpan = { first: 0, last: -1 };

export const isEmpty = (span: BlockSpan) => span.first > span.last;
export const sameSpan = (a: BlockSpan, b: BlockSpan) =>
  (isEmpty(a) && isEmpty(b)) || (a.first === b.first && a.last === b.last);
export const overlaps = (a: BlockSpan, b: BlockSpan) =>
  !isEmpty(a) && !isEmpty(b) && a.first <= b.last && b.first <= a.last;
export const covers = (outer: BlockSpan, inner: BlockSpan) =>
  isEmpty(inner) || (!isEmpty(outer) && outer.first <= inner.first && inner.last <= outer.last);

/** The smallest i in [0, count) with test(i), for a test that is false then true; count when none. */
function firstWhere(count: number, test: (i: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (test(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * The blocks that reach into the band top..bottom, for blocks stacked downwards in document order
 * (as paragraphs are). O(log n) calls of edgesOf, so it can run on every scroll event.
 */
export function blocksWithin(count: number, edgesOf: (i: number) => Edges, top: number, bottom: number): BlockSpan {
  const first = firstWhere(count, (i) => edgesOf(i).bottom > top);
  const last = firstWhere(count, (i) => edgesOf(i).top >= bottom) - 1;
  return first <= last ? { first, last } : NO_BLOCKS;
}

/** How far beyond the screen to paint, in screen heights: at least `keep`, and `reach` when it moves. */
export type Margins = { keep: number; reach: number };

/**
 * The blocks to paint for a screen of `height` (the band 0..height in the same coordinates as the
 * edges): the current ones while they still cover the screen plus `keep` screens on each side, else the
 * screen plus `reach` screens on each side. The slack means a scroll changes the painted set about once
 * per (reach - keep) screens rather than at every block.
 */
export function paintWindow(
  current: BlockSpan,
  count: number,
  edgesOf: (i: number) => Edges,
  height: number,
  margins: Margins,
): BlockSpan {
  if (count === 0 || height <= 0) return NO_BLOCKS;
  const needed = blocksWithin(count, edgesOf, -margins.keep * height, (1 + margins.keep) * height);
  if (covers(current, needed) && !isEmpty(current)) return current;
  return blocksWithin(count, edgesOf, -margins.reach * height, (1 + margins.reach) * height);
}

/** The block holding a code-point offset, given each block's first offset in ascending order. */
export function blockAt(blockStarts: readonly number[], offset: number): number {
  return Math.max(0, firstWhere(blockStarts.length, (i) => blockStarts[i] > offset) - 1);
}

/** The blocks a claim start..end (end excluded) touches. */
export function blocksOfSpan(blockStarts: readonly number[], start: number, end: number): BlockSpan {
  return { first: blockAt(blockStarts, start), last: blockAt(blockStarts, Math.max(start, end - 1)) };
}
