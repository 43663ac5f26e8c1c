import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CodePointIndex } from "./codepoint-index";
import { codePointLength, sliceByCodePoints, toCodePointOffset, toUtf16Index } from "./codepoints";

const FAMILY = "👨‍👩‍👧"; // 5 code points, 8 UTF-16 units

describe("code point offsets", () => {
  it("equal UTF-16 indices in Arabic text without astral characters", () => {
    const text = "طائرة مسيّرة مفخّخة";
    expect(codePointLength(text)).toBe(text.length);
    expect(toCodePointOffset(text, 7)).toBe(7);
    expect(toUtf16Index(text, 7)).toBe(7);
  });

  it("count an emoji as one code point per scalar, not per UTF-16 unit", () => {
    const text = `a${FAMILY}b🇮🇶`;
    expect(text.length).toBe(14);
    expect(codePointLength(text)).toBe(9);
    expect(toUtf16Index(text, 6)).toBe(9);
    expect(toCodePointOffset(text, 9)).toBe(6);
    expect(sliceByCodePoints(text, 1, 6)).toBe(FAMILY);
    expect(sliceByCodePoints(text, 7)).toBe("🇮🇶");
  });

  it("round an index inside a surrogate pair up to the end of the pair", () => {
    expect(toCodePointOffset("😀x", 1)).toBe(1);
    expect(new CodePointIndex("😀x").toCodePoint(1)).toBe(1);
  });

  it("refuse offsets outside the text", () => {
    expect(() => toUtf16Index("abc", 4)).toThrow(RangeError);
    expect(() => toCodePointOffset("abc", -1)).toThrow(RangeError);
    expect(() => sliceByCodePoints("abc", 2, 1)).toThrow(RangeError);
    expect(() => new CodePointIndex("😀").toUtf16(2)).toThrow(RangeError);
  });

  it("agree between the free functions, the index and spreading the string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (text) => {
        const index = new CodePointIndex(text);
        const points = [...text];
        expect(index.length).toBe(points.length);
        expect(codePointLength(text)).toBe(points.length);
        for (let k = 0; k <= points.length; k++) {
          const utf16 = points.slice(0, k).join("").length;
          expect(index.toUtf16(k)).toBe(utf16);
          expect(toUtf16Index(text, k)).toBe(utf16);
          expect(index.toCodePoint(utf16)).toBe(k);
          expect(toCodePointOffset(text, utf16)).toBe(k);
          expect(index.slice(0, k)).toBe(sliceByCodePoints(text, 0, k));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("round-trips every offset of a 100,000-code-point text once indexed", () => {
    const text = `مسيّرة ${FAMILY} `.repeat(7_000);
    const index = new CodePointIndex(text);
    for (let k = 0; k < index.length; k += 7) expect(index.toCodePoint(index.toUtf16(k))).toBe(k);
  });
});
