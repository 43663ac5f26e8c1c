import { describe, expect, it } from "vitest";
import { sliceByCodePoints } from "@/lib/arabic/codepoints";
import { ARTICLE, SENTENCE_DRONE, SENTENCE_EXPLOSION, SENTENCE_PROTEST } from "./fixtures";
import { reanchorAll } from "./reanchor";
import { resolveAnchor, type TResolution } from "./resolve";
import { describeRange, type TAnchor } from "./selectors";

// The same words elsewhere in the article, often with the same words around them (a live blog repeats
// its formulae): a claim must stay on its own words, or be orphaned, never move to the copy.

const cp = (text: string) => [...text].length;
const at = (text: string, part: string, nth = 0) => {
  let found = -1;
  for (let k = 0; k <= nth; k++) found = text.indexOf(part, found + 1);
  return cp(text.slice(0, found));
};

/** The anchor a person would create by selecting the `nth` occurrence of `exact`. */
function claim(text: string, exact: string, nth = 0): TAnchor {
  const start = at(text, exact, nth);
  return describeRange(text, start, start + cp(exact));
}

function placed(text: string, result: TResolution) {
  if (result.status !== "anchored") throw new Error(`Expected an anchored claim, got: ${result.reason}`);
  return { start: result.start, method: result.method, text: sliceByCodePoints(text, result.start, result.end) };
}

// A paragraph repeated two paragraphs later: the second copy has the first one's context exactly.
const TWICE = [SENTENCE_EXPLOSION, SENTENCE_DRONE, SENTENCE_EXPLOSION].join("\n\n");
// Longer than what counts as near the expected place (512 code points and twice the quote).
const FILLER = "وفي تطور لاحق أعلنت السلطات العراقية فتح تحقيق موسع في الهجوم على مقر رئيس الوزراء. ".repeat(12);

describe("resolveAnchor, when the claim's words also appear elsewhere", () => {
  it("finds an untouched claim at its shifted place, not at a copy whose context agrees better", () => {
    const anchor = claim(TWICE, "دبلوماسيون غربيون موجودون");
    const edited = TWICE.replace("قال دبلوماسيون", "قال ثلاثة دبلوماسيون");
    expect(placed(edited, resolveAnchor(edited, anchor))).toEqual({
      start: anchor.position.start + cp("ثلاثة "),
      method: "exact",
      text: "دبلوماسيون غربيون موجودون",
    });
  });

  it("keeps a claim whose words were changed at its own place, not on an unchanged copy", () => {
    const anchor = claim(TWICE, "منزل الكاظمي تعرّض لانفجار");
    const edited = TWICE.replace("منزل الكاظمي تعرّض", "منزل رئيس الوزراء تعرّض");
    expect(placed(edited, resolveAnchor(edited, anchor))).toEqual({
      start: anchor.position.start,
      method: "fuzzy",
      text: "منزل رئيس الوزراء تعرّض لانفجار",
    });
  });

  it("orphans a deleted word whose copy elsewhere has the very same surroundings", () => {
    const anchor = claim(TWICE, "الكاظمي");
    const edited = TWICE.replace("منزل الكاظمي تعرّض", "منزل تعرّض");
    expect(resolveAnchor(edited, anchor)).toMatchObject({
      status: "orphaned",
      reason: { key: "moved" },
    });
  });

  it("orphans a deleted short word rather than taking the same word a few words away", () => {
    // The end of the demo article's protest sentence: "في" twice, three words apart.
    const text = 'وأصيب 125 آخرون بجروح بحسب وزارة الصحة، في حين قال مصدر في كتائب "حزب الله" العراقية.';
    const anchor = claim(text, "في", 1);
    const edited = text.replace("مصدر في كتائب", "كتائب");
    expect(resolveAnchor(edited, anchor).status).toBe("orphaned");
  });

  it("still follows a claim far away when its paragraph moved, context and all", () => {
    const text = [SENTENCE_DRONE, SENTENCE_EXPLOSION, FILLER, SENTENCE_PROTEST].join("\n\n");
    const anchors = [
      claim(text, "طائرة مسيّرة مفخّخة"),
      claim(text, "منزل الكاظمي تعرّض"),
      claim(text, "وأصيب 125 آخرون"),
    ];
    const edited = [SENTENCE_EXPLOSION, FILLER, SENTENCE_PROTEST, SENTENCE_DRONE].join("\n\n");
    const report = reanchorAll(edited, anchors);
    expect(report.results.map((result) => placed(edited, result).start)).toEqual(
      anchors.map(({ quote }) => at(edited, quote.exact)),
    );
  });

  it("follows an untouched claim past a long passage inserted right before it", () => {
    const anchor = claim(ARTICLE, "مسؤولان حكوميان قالا");
    const edited = ARTICLE.replace("مسؤولان حكوميان", `${FILLER}مسؤولان حكوميان`);
    expect(placed(edited, resolveAnchor(edited, anchor))).toMatchObject({
      start: anchor.position.start + cp(FILLER),
      method: "exact",
    });
  });

  it("orphans a claim pushed far away when an identical copy is as far and context cannot tell them apart", () => {
    const anchor = claim(TWICE, "مسؤولان حكوميان قالا"); // the article's first words: no prefix to go by
    expect(resolveAnchor(`${FILLER}${TWICE}`, anchor)).toMatchObject({
      status: "orphaned",
      reason: { key: "moved" },
    });
  });
});
