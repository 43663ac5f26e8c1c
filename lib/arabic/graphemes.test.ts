import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sliceByCodePoints } from "./codepoints";
import { isGraphemeBoundary, snapSelection, snapToGraphemes, snapToWords, trimRange } from "./graphemes";

const PHRASE = 'بواسطة "طائرة مسيّرة مفخّخة"، استهدفت';
const at = (text: string, part: string) => [...text.slice(0, text.indexOf(part))].length;
const cp = (text: string) => [...text].length;

/** Boundaries from segmenting the whole (short) text, to check the windowed segmentation against. */
function referenceBoundaries(text: string): Set<number> {
  const segmenter = new Intl.Segmenter("ar", { granularity: "grapheme" });
  const found = new Set<number>([cp(text)]);
  for (const { index } of segmenter.segment(text)) found.add(cp(text.slice(0, index)));
  return found;
}

describe("snapToGraphemes", () => {
  it("keeps a letter with its shadda when the range ends between them", () => {
    const start = at(PHRASE, "مسيّرة");
    const range = snapToGraphemes(PHRASE, { start, end: start + 3 }); // "مسي" without the shadda
    expect(sliceByCodePoints(PHRASE, range.start, range.end)).toBe("مسيّ");
  });

  it("moves a start that falls on a haraka back to its letter", () => {
    const shadda = at(PHRASE, "ّرة");
    const range = snapToGraphemes(PHRASE, { start: shadda, end: shadda + 3 });
    expect(sliceByCodePoints(PHRASE, range.start, range.end)).toBe("يّرة");
  });

  it("never splits an emoji ZWJ sequence or a flag", () => {
    const text = "عائلة 👨‍👩‍👧 من 🇮🇶🇸🇦";
    const family = at(text, "👨");
    expect(snapToGraphemes(text, { start: family + 2, end: family + 3 })).toEqual({ start: family, end: family + 5 });
    const flags = at(text, "🇮🇶");
    expect(snapToGraphemes(text, { start: flags + 1, end: flags + 3 })).toEqual({ start: flags, end: flags + 4 });
  });

  it("pairs regional indicators correctly in a run longer than the segmentation window", () => {
    const text = "🇮🇶".repeat(600);
    expect(isGraphemeBoundary(text, 4 * 300)).toBe(true);
    expect(isGraphemeBoundary(text, 4 * 300 + 2)).toBe(false);
  });

  it("matches whole-text segmentation for texts mixing Arabic, harakat, emoji and line breaks", () => {
    const piece = fc.constantFrom(
      "مسيّرة",
      "ّ",
      "ً",
      "ٰ",
      " ",
      "\n",
      "\r\n",
      "،",
      "👨‍👩‍👧",
      "🇮🇶",
      "🇮",
      "👍🏽",
      "abc",
      "é",
      "\u0600",
      "2021",
      "ـ",
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }).map((parts) => parts.join("")),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          const length = cp(text);
          const [start, end] = [a % (length + 1), b % (length + 1)].sort((x, y) => x - y);
          const boundaries = referenceBoundaries(text);
          const snapped = snapToGraphemes(text, { start, end });
          expect(boundaries.has(snapped.start) && boundaries.has(snapped.end)).toBe(true);
          expect(snapped.start).toBeLessThanOrEqual(start);
          // An empty range inside a cluster collapses to the cluster's start.
          if (end > start) expect(snapped.end).toBeGreaterThanOrEqual(end);
          else expect(snapped.end).toBe(snapped.start);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("snaps anywhere in a 100,000-character article to cluster edges", () => {
    const text = 'وردّ عليه الكاظمي بالدعوة إلى "التهدئة" 👨‍👩‍👧 '.repeat(2_200);
    for (let k = 0; k < 200; k++) {
      const snapped = snapToGraphemes(text, { start: k * 487, end: k * 487 + 11 });
      expect(snapped.start).toBeLessThanOrEqual(k * 487);
      expect(snapped.end).toBeGreaterThanOrEqual(k * 487 + 11);
    }
  });
});

describe("snapToWords", () => {
  it("widens a selection to whole Arabic words", () => {
    const start = at(PHRASE, "ائرة");
    const range = snapToWords(PHRASE, { start, end: at(PHRASE, "رة مفخّخة") });
    expect(sliceByCodePoints(PHRASE, range.start, range.end)).toBe("طائرة مسيّرة");
  });

  it("treats the two halves of a date such as نوفمبر/تشرين as separate words", () => {
    const text = "الأحد 6 نوفمبر/تشرين الثاني 2021";
    const start = at(text, "فمبر");
    const range = snapToWords(text, { start, end: start + 2 });
    expect(sliceByCodePoints(text, range.start, range.end)).toBe("نوفمبر");
  });
});

describe("trimRange", () => {
  it("drops quotes, Arabic commas and spaces from the edges", () => {
    const start = at(PHRASE, ' "طائرة');
    const range = trimRange(PHRASE, { start, end: at(PHRASE, " استهدفت") });
    expect(sliceByCodePoints(PHRASE, range.start, range.end)).toBe("طائرة مسيّرة مفخّخة");
  });

  it("drops « » ؟ ؛ but keeps percent signs and a minus sign before digits", () => {
    const text = "«هل ارتفعت بنسبة 50%؟» ؛ -5 درجات";
    const quoted = trimRange(text, { start: 0, end: at(text, " ؛") });
    expect(sliceByCodePoints(text, quoted.start, quoted.end)).toBe("هل ارتفعت بنسبة 50%");
    const signed = trimRange(text, { start: at(text, " -5"), end: cp(text) });
    expect(sliceByCodePoints(text, signed.start, signed.end)).toBe("-5 درجات");
  });
});

describe("snapSelection", () => {
  it("snaps, trims and widens to words in one step", () => {
    const range = snapSelection(
      PHRASE,
      { start: at(PHRASE, '"طائرة') - 1, end: at(PHRASE, "خّخة") + 1 },
      { words: true },
    );
    expect(range && sliceByCodePoints(PHRASE, range.start, range.end)).toBe("طائرة مسيّرة مفخّخة");
  });

  it("keeps a partial word when words are not asked for, but never half a cluster", () => {
    const start = at(PHRASE, "مسيّرة");
    const range = snapSelection(PHRASE, { start, end: start + 3 }, { words: false });
    expect(range && sliceByCodePoints(PHRASE, range.start, range.end)).toBe("مسيّ");
  });

  it("returns null when only spaces and punctuation were selected", () => {
    const start = at(PHRASE, '"،');
    expect(snapSelection(PHRASE, { start, end: start + 3 }, { words: true })).toBeNull();
    expect(snapSelection(PHRASE, { start: 4, end: 4 }, { words: false })).toBeNull();
  });

  it("keeps an emoji that a person selected on its own", () => {
    const text = "عائلة 👨‍👩‍👧 من 🇮🇶";
    const start = at(text, "🇮🇶");
    expect(snapSelection(text, { start: start - 1, end: start + 1 }, { words: true })).toEqual({
      start,
      end: start + 2,
    });
  });
});
