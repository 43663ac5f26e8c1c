import { describe, expect, it } from "vitest";
import { ARTICLE, SENTENCE_MIXED } from "./fixtures";
import { describeRange, ZAnchor, ZTextPositionSelector } from "./selectors";

const at = (text: string, part: string) => [...text.slice(0, text.indexOf(part))].length;

describe("describeRange", () => {
  it("quotes the range with 32 code points of context on each side", () => {
    const start = at(ARTICLE, "طائرة مسيّرة");
    const anchor = describeRange(ARTICLE, start, start + [..."طائرة مسيّرة مفخّخة"].length);
    expect(anchor.quote.exact).toBe("طائرة مسيّرة مفخّخة");
    expect([...anchor.quote.prefix]).toHaveLength(32);
    expect([...anchor.quote.suffix]).toHaveLength(32);
    expect(anchor.quote.prefix.endsWith('بواسطة "')).toBe(true);
    expect(anchor.quote.suffix.startsWith('"، استهدفت')).toBe(true);
    expect(anchor.position).toEqual({ start, end: start + 19 });
  });

  it("takes less context at the edges of the text and counts emoji as code points", () => {
    const start = at(SENTENCE_MIXED, "👨‍👩‍👧");
    const anchor = describeRange(SENTENCE_MIXED, start, start + 5);
    expect(anchor.quote.exact).toBe("👨‍👩‍👧");
    expect(describeRange(ARTICLE, 0, 3).quote.prefix).toBe("");
  });

  it("refuses empty or out-of-range ranges", () => {
    expect(() => describeRange("نص", 1, 1)).toThrow(RangeError);
    expect(() => describeRange("نص", 0, 3)).toThrow(RangeError);
  });
});

describe("anchor schemas", () => {
  it("accept what describeRange produces", () => {
    expect(ZAnchor.parse(describeRange(ARTICLE, 5, 20))).toEqual(describeRange(ARTICLE, 5, 20));
  });

  it("reject an empty quote and a range that ends before it starts", () => {
    expect(
      ZAnchor.safeParse({ quote: { exact: "", prefix: "", suffix: "" }, position: { start: 0, end: 1 } }).success,
    ).toBe(false);
    expect(ZTextPositionSelector.safeParse({ start: 4, end: 4 }).success).toBe(false);
    expect(ZTextPositionSelector.safeParse({ start: 1.5, end: 4 }).success).toBe(false);
  });
});
