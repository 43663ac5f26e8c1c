import { describe, expect, it } from "vitest";
import { describeWordEdges, edgeWordRule, isClusterEdge, isWordEdge } from "./word-edges";

describe("isWordEdge", () => {
  it("is false only between two letters, harakat or digits", () => {
    const text = "الأخيرة فرز";
    expect([0, 2, 7, 8, 11].map((i) => isWordEdge(text, i))).toEqual([true, false, true, true, true]);
    expect(isWordEdge("مسيّرة", 4)).toBe(false); // after the shadda
    expect(isWordEdge("2021، 6", 4)).toBe(true);
  });

  it("tells whether a stored quote began and ended between words", () => {
    expect(describeWordEdges("قال ", "الكاظمي", " في")).toEqual({ start: true, end: true });
    expect(describeWordEdges("قال ال", "كاظمي", "")).toEqual({ start: false, end: true });
    expect(describeWordEdges("", "125", "ألف")).toEqual({ start: true, end: false });
  });
});

describe("isClusterEdge", () => {
  it("agrees with grapheme segmentation around spaces, harakat and emoji", () => {
    const text = "مسيّرة 👍🏽 \u064Eب";
    const segmenter = new Intl.Segmenter("ar", { granularity: "grapheme" });
    const edges = new Set([...segmenter.segment(text)].map(({ index }) => index));
    for (let i = 0; i <= text.length; i++)
      expect(isClusterEdge(text, i), `at ${i}`).toBe(edges.has(i) || i === text.length);
  });
});

describe("edgeWordRule", () => {
  const quote = "وأدعو إلى التهدئة وضبط النفس من الجميع،";
  const suffix = ' من أجل العراق". على الأقل';

  it("lets a passage end on a word of the quote, or one close to it", () => {
    const fitsEnd = edgeWordRule(quote, suffix, "end");
    expect(["الجميع،", "النفس", "الجميع"].map(fitsEnd)).toEqual([true, true, true]);
  });

  it("refuses a word unlike any of the quote's, or one of the context unless it is like the quote's last word", () => {
    const fitsEnd = edgeWordRule(quote, suffix, "end");
    expect(fitsEnd("بغداد")).toBe(false);
    expect(fitsEnd("على")).toBe(false); // like "إلى", but a word of the suffix
    expect(fitsEnd("من")).toBe(false); // in the quote, but the suffix's first word
    expect(edgeWordRule("في بغداد من", " من أجل", "end")("من")).toBe(true); // the quote's own last word
  });
});
