import { describe, expect, it } from "vitest";
import { sliceByCodePoints } from "@/lib/arabic/codepoints";
import { ARTICLE, SENTENCE_DRONE, SENTENCE_EXPLOSION, SENTENCE_MIXED, SENTENCE_PROTEST } from "./fixtures";
import { resolveAnchor, type TResolution } from "./resolve";
import { MIN_ANCHOR_SCORE } from "./score";
import { describeRange, type TAnchor } from "./selectors";

const cp = (text: string) => [...text].length;

/** The anchor a person would create by selecting the `nth` occurrence of `exact`. */
function claim(text: string, exact: string, nth = 0): TAnchor {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(exact, at + 1);
  const start = cp(text.slice(0, at));
  return describeRange(text, start, start + cp(exact));
}

function textOf(text: string, result: TResolution): string {
  if (result.status !== "anchored") throw new Error(`Expected an anchored claim, got: ${result.reason}`);
  return sliceByCodePoints(text, result.start, result.end);
}

describe("resolveAnchor", () => {
  it("keeps a claim at its position while the text is unchanged", () => {
    const anchor = claim(ARTICLE, "طائرة مسيّرة مفخّخة");
    expect(resolveAnchor(ARTICLE, anchor)).toEqual({
      status: "anchored",
      ...anchor.position,
      method: "position",
      score: 1,
    });
  });

  it("follows a claim when a paragraph is inserted before it", () => {
    const anchor = claim(ARTICLE, "تعرّض لانفجار واحد على الأقل");
    const inserted = "تحديث: أعلنت السلطات حظر التجول في بغداد.";
    const edited = `${inserted}\n\n${ARTICLE}`;
    const result = resolveAnchor(edited, anchor);
    expect(result).toMatchObject({
      status: "anchored",
      method: "exact",
      start: anchor.position.start + cp(inserted) + 2,
    });
    expect(textOf(edited, result)).toBe(anchor.quote.exact);
  });

  it("re-anchors approximately when a word inside the claim is changed", () => {
    const anchor = claim(ARTICLE, "منزل الكاظمي تعرّض لانفجار واحد على الأقل");
    const edited = ARTICLE.replace("لانفجار واحد", "لانفجارين");
    const result = resolveAnchor(edited, anchor);
    expect(result).toMatchObject({ status: "anchored", method: "fuzzy" });
    expect(textOf(edited, result)).toBe("منزل الكاظمي تعرّض لانفجارين على الأقل");
    expect(result.status === "anchored" && result.score).toBeGreaterThanOrEqual(MIN_ANCHOR_SCORE);
  });

  it("orphans a claim whose sentence was deleted, saying why", () => {
    const anchor = claim(ARTICLE, "سمعوا دوي انفجارات وإطلاق رصاص");
    const result = resolveAnchor([SENTENCE_DRONE, SENTENCE_PROTEST].join("\n\n"), anchor);
    expect(result).toEqual({ status: "orphaned", reason: { key: "gone" } });
  });

  it("orphans a claim when both its words and its surroundings were rewritten", () => {
    const anchor = claim(ARTICLE, "سمعوا دوي انفجارات وإطلاق رصاص");
    const edited = ARTICLE.replace(
      "دبلوماسيون غربيون موجودون في المنطقة الخضراء إنهم سمعوا دوي انفجارات وإطلاق رصاص في المنطقة",
      "شهود عيان إنهم سمعوا دوي انفجار وإطلاق نار كثيف",
    );
    const result = resolveAnchor(edited, anchor);
    expect(result.status === "orphaned" && result.reason).toMatchObject({
      key: expect.stringMatching(/^changed/),
      params: { score: expect.any(Number), needed: expect.any(Number) },
    });
  });

  it("does not move a short claim to the same words elsewhere once its own sentence is gone", () => {
    const anchor = claim(ARTICLE, "الكاظمي", 1); // the one in the deleted sentence
    const result = resolveAnchor([SENTENCE_DRONE, SENTENCE_PROTEST].join("\n\n"), anchor);
    expect(result.status).toBe("orphaned");
    expect(result.status === "orphaned" && result.reason).toEqual({ key: "moved" });
  });

  it("tells a repeated quote apart by its context", () => {
    const date = "6 نوفمبر/تشرين الثاني 2021";
    const anchor = claim(ARTICLE, date, 1); // the protest on Saturday, not the attack
    const edited = `عاجل.\n\n${ARTICLE}`;
    const result = resolveAnchor(edited, anchor);
    expect(result).toMatchObject({ status: "anchored", method: "exact", start: anchor.position.start + 7 });
    expect(textOf(edited, result)).toBe(date);
  });

  it("picks the nearest of identical passages when context cannot decide", () => {
    const twice = [SENTENCE_EXPLOSION, SENTENCE_EXPLOSION].join("\n\n");
    const anchor = claim(twice, "دبلوماسيون غربيون", 1);
    const result = resolveAnchor(`عاجل.\n\n${twice}`, anchor);
    expect(result).toMatchObject({ status: "anchored", method: "exact", start: anchor.position.start + 7 });
  });

  it("does not return a verbatim match that would cut a letter from a haraka added to it", () => {
    const text = "وصلت طائرة مسيرة إلى بغداد";
    const anchor = claim(text, "طائرة مسيرة");
    const edited = text.replace("مسيرة", "مسيرةٌ");
    const result = resolveAnchor(edited, anchor);
    expect(result).toMatchObject({ status: "anchored", method: "fuzzy" });
    expect(textOf(edited, result)).toBe("طائرة مسيرةٌ");
  });

  it("counts positions in code points around emoji, flags and Latin names", () => {
    const anchor = claim(SENTENCE_MIXED, "في العراق 🇮🇶");
    const edited = SENTENCE_MIXED.replace("Ned Price", "Ned Price 👍🏽🇸🇦");
    const result = resolveAnchor(edited, anchor);
    expect(result).toMatchObject({ status: "anchored", method: "exact", start: anchor.position.start + 5 });
    expect(textOf(edited, result)).toBe("في العراق 🇮🇶");
  });

  it("finds a claim whose stored position no longer fits in a shortened text", () => {
    const anchor = claim(ARTICLE, "وأصيب 125 آخرون بجروح");
    const result = resolveAnchor(SENTENCE_PROTEST, anchor);
    expect(textOf(SENTENCE_PROTEST, result)).toBe("وأصيب 125 آخرون بجروح");
  });

  it("orphans a claim whose figure changed rather than quoting the new figure as exact", () => {
    const anchor = claim(ARTICLE, "125");
    const result = resolveAnchor(ARTICLE.replace("125", "126"), anchor);
    expect(result).toEqual({ status: "orphaned", reason: { key: "gone" } });
  });

  it("orphans an anchor without quoted words", () => {
    const result = resolveAnchor(ARTICLE, {
      quote: { exact: "", prefix: "", suffix: "" },
      position: { start: 0, end: 1 },
    });
    expect(result.status).toBe("orphaned");
  });
});
