import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blockAt, blocksOfSpan, blocksWithin, covers, NO_BLOCKS, paintWindow, type Edges } from "./block-window";

/** Blocks of the given heights stacked from `top`, with `gap` between them, as paragraphs with margins. */
function stack(heights: number[], top = 0, gap = 0): (i: number) => Edges {
  const edges: Edges[] = [];
  let y = top;
  for (const height of heights) {
    edges.push({ top: y, bottom: y + height });
    y += height + gap;
  }
  return (i) => edges[i];
}

describe("blocksWithin", () => {
  const edges = stack([100, 100, 100, 100, 100]); // 0-100, 100-200, …, 400-500

  it("finds the blocks that reach into a band", () => {
    expect(blocksWithin(5, edges, 150, 320)).toEqual({ first: 1, last: 3 });
    expect(blocksWithin(5, edges, 100, 200)).toEqual({ first: 1, last: 1 });
    expect(blocksWithin(5, edges, -1000, 1000)).toEqual({ first: 0, last: 4 });
  });

  it("is empty above, below, or in a gap between blocks", () => {
    expect(blocksWithin(5, edges, -300, -10)).toEqual(NO_BLOCKS);
    expect(blocksWithin(5, edges, 500, 900)).toEqual(NO_BLOCKS);
    expect(blocksWithin(3, stack([10, 10, 10], 0, 50), 15, 55)).toEqual(NO_BLOCKS);
    expect(blocksWithin(0, edges, 0, 100)).toEqual(NO_BLOCKS);
  });

  it("agrees with checking every block", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 300 }), { maxLength: 60 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: -2000, max: 8000 }),
        fc.integer({ min: 0, max: 3000 }),
        (heights, gap, top, size) => {
          const edgesOf = stack(heights, -500, gap);
          const bottom = top + size;
          const expected = heights.map((_, i) => i).filter((i) => edgesOf(i).bottom > top && edgesOf(i).top < bottom);
          const span = blocksWithin(heights.length, edgesOf, top, bottom);
          const got =
            span.first > span.last ? [] : Array.from({ length: span.last - span.first + 1 }, (_, k) => span.first + k);
          expect(got).toEqual(expected);
        },
      ),
    );
  });
});

describe("paintWindow", () => {
  const heights = Array.from({ length: 100 }, () => 100); // block i spans i*100 .. i*100+100
  const margins = { keep: 0.5, reach: 1 };
  const at = (scrollY: number) => stack(heights, -scrollY); // client coordinates after scrolling

  it("paints the screen and one screen on each side", () => {
    expect(paintWindow(NO_BLOCKS, 100, at(0), 800, margins)).toEqual({ first: 0, last: 15 });
    expect(paintWindow(NO_BLOCKS, 100, at(4000), 800, margins)).toEqual({ first: 32, last: 55 });
  });

  it("keeps the painted blocks while they cover half a screen beyond it, then moves by a whole window", () => {
    const first = paintWindow(NO_BLOCKS, 100, at(0), 800, margins);
    expect(paintWindow(first, 100, at(300), 800, margins)).toBe(first);
    expect(paintWindow(first, 100, at(500), 800, margins)).toEqual({ first: 0, last: 20 });
  });

  it("paints nothing for an article that is not laid out or a screen of no height", () => {
    expect(paintWindow(NO_BLOCKS, 0, at(0), 800, margins)).toEqual(NO_BLOCKS);
    expect(paintWindow({ first: 0, last: 3 }, 100, at(0), 0, margins)).toEqual(NO_BLOCKS);
  });

  it("always covers the screen and the kept margin after any sequence of scrolls", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -2000, max: 12000 }), { minLength: 1, maxLength: 30 }), (scrolls) => {
        let window = NO_BLOCKS;
        for (const y of scrolls) {
          window = paintWindow(window, 100, at(y), 800, margins);
          expect(covers(window, blocksWithin(100, at(y), -400, 1200))).toBe(true);
        }
      }),
    );
  });
});

describe("blocks of a claim", () => {
  const starts = [0, 12, 30, 31, 80]; // block starts in code points (each block ends 2 before the next: "\n\n")

  it("finds the block of an offset", () => {
    expect([0, 11, 12, 29, 30, 31, 79, 80, 500].map((offset) => blockAt(starts, offset))).toEqual([
      0, 0, 1, 1, 2, 3, 3, 4, 4,
    ]);
  });

  it("spans every block from the claim's first character to its last, end excluded", () => {
    expect(blocksOfSpan(starts, 3, 9)).toEqual({ first: 0, last: 0 });
    expect(blocksOfSpan(starts, 3, 12)).toEqual({ first: 0, last: 0 });
    expect(blocksOfSpan(starts, 5, 20)).toEqual({ first: 0, last: 1 }); // across a paragraph break
    expect(blocksOfSpan(starts, 14, 85)).toEqual({ first: 1, last: 4 });
  });
});
