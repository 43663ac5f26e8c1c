import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NO_BLOCKS, overlaps, type BlockSpan } from "./block-window";
import { ClaimBlocks, windowChange } from "./claim-blocks";

const span = (first: number, last: number): BlockSpan => ({ first, last });

describe("ClaimBlocks", () => {
  it("lists the claims that enter and leave when the painted window moves", () => {
    const index = new ClaimBlocks(10);
    index.put("a", span(1, 1));
    index.put("b", span(3, 4)); // across a paragraph break
    index.put("c", span(6, 6));
    index.put("d", span(4, 4));
    expect(windowChange(index, span(0, 3), span(4, 7))).toEqual({
      entering: new Set(["c", "d"]),
      leaving: new Set(["a"]),
    });
    expect(windowChange(index, NO_BLOCKS, span(0, 9)).entering).toEqual(new Set(["a", "b", "c", "d"]));
    expect(windowChange(index, span(0, 9), NO_BLOCKS).leaving).toEqual(new Set(["a", "b", "c", "d"]));
  });

  it("forgets a removed claim and moves a re-put one", () => {
    const index = new ClaimBlocks(5);
    index.put("a", span(0, 0));
    index.put("a", span(3, 3));
    index.put("b", span(1, 2));
    index.remove("b");
    index.remove("missing");
    expect(index.only(span(0, 4), NO_BLOCKS)).toEqual(new Set(["a"]));
    expect(index.spanOf("a")).toEqual(span(3, 3));
    expect(index.spanOf("b")).toBeUndefined();
  });

  it("agrees with checking every claim against both windows", () => {
    const spanArb = fc
      .tuple(fc.integer({ min: 0, max: 19 }), fc.integer({ min: 0, max: 3 }))
      .map(([first, length]) => span(first, Math.min(first + length, 19)));
    const windowArb = fc.oneof(
      fc.constant(NO_BLOCKS),
      spanArb.map((s) => span(s.first, Math.min(19, s.last + 4))),
    );
    fc.assert(
      fc.property(fc.array(spanArb, { maxLength: 40 }), windowArb, windowArb, (spans, before, after) => {
        const index = new ClaimBlocks(20);
        spans.forEach((s, i) => index.put(`c${i}`, s));
        const ids = (test: (s: BlockSpan) => boolean) => new Set(spans.flatMap((s, i) => (test(s) ? [`c${i}`] : [])));
        const change = windowChange(index, before, after);
        expect(change.entering).toEqual(ids((s) => overlaps(s, after) && !overlaps(s, before)));
        expect(change.leaving).toEqual(ids((s) => overlaps(s, before) && !overlaps(s, after)));
      }),
    );
  });
});
