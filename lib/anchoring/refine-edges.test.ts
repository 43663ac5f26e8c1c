import { describe, expect, it } from "vitest";
import { sliceByCodePoints } from "@/lib/arabic/codepoints";
import { ARTICLE, SENTENCE_CALM, SENTENCE_DAMAGE, SENTENCE_DRONE, SENTENCE_RECOUNT } from "./fixtures";
import { resolveAnchor, type TResolution } from "./resolve";
import { describeRange, type TAnchor } from "./selectors";

// When the first or last words of a claim are deleted, approximate search can take in as many letters
// of the neighbouring text at no extra cost, and starts or ends inside a neighbouring word. The passage
// found must keep to the claim's own words: inserted text may come in, the text around the claim not.

const cp = (text: string) => [...text].length;

function claim(text: string, exact: string): TAnchor {
  const start = cp(text.slice(0, text.indexOf(exact)));
  return describeRange(text, start, start + cp(exact));
}

function fuzzyText(text: string, result: TResolution): string {
  if (result.status !== "anchored" || result.method !== "fuzzy")
    throw new Error(`Expected a fuzzy match, got ${JSON.stringify(result)}`);
  return sliceByCodePoints(text, result.start, result.end);
}

describe("resolveAnchor, when a claim's first or last words were edited", () => {
  const recount = [SENTENCE_DRONE, SENTENCE_RECOUNT].join("\n\n");

  it("starts at the first word left, not inside the word before it", () => {
    const anchor = claim(recount, "إعادة فرز الأصوات بناء على طعون");
    const edited = recount.replace("الأخيرة من إعادة فرز", "الأخيرة فرز"); // not "أخيرة فرز…"
    expect(fuzzyText(edited, resolveAnchor(edited, anchor))).toBe("فرز الأصوات بناء على طعون");
  });

  it("does not take in the word before a deleted first word because it costs no more edits", () => {
    const anchor = claim(recount, "إعادة فرز الأصوات بناء على طعون");
    const edited = recount.replace("من إعادة فرز", "من فرز"); // not "رة من فرز…"
    expect(fuzzyText(edited, resolveAnchor(edited, anchor))).toBe("فرز الأصوات بناء على طعون");
  });

  it("stops at the last word left, not in the words after it", () => {
    const text = [SENTENCE_DRONE, SENTENCE_DAMAGE].join("\n\n");
    const anchor = claim(text, "نشرتها وسائل إعلام حدوث دمار في أجزاء من مقر إقامة الكاظمي ببغداد");
    const edited = text.replace(" إقامة الكاظمي ببغداد", ""); // not "… من مقر جراء الهجوم با"
    expect(fuzzyText(edited, resolveAnchor(edited, anchor))).toBe("نشرتها وسائل إعلام حدوث دمار في أجزاء من مقر");
  });

  it("does not end on a word of the text after the claim that looks like the deleted one", () => {
    const anchor = claim(SENTENCE_CALM, "وأدعو إلى التهدئة وضبط النفس من الجميع،");
    const edited = SENTENCE_CALM.replace("الجميع، من أجل", "أجل"); // not "… النفس من أج"
    expect(fuzzyText(edited, resolveAnchor(edited, anchor))).toBe("وأدعو إلى التهدئة وضبط النفس");
  });

  it("does not cross a paragraph break the quote did not have", () => {
    const paragraph = "إن الكاظمي -الذي يتولى السلطة منذ مايو/أيار 2020- تعرّض لمحاولة اغتيال فاشلة، مؤكدة أنه";
    const text = [SENTENCE_DRONE, paragraph].join("\n\n");
    const anchor = claim(text, "إن الكاظمي -الذي يتولى السلطة منذ مايو/أيار");
    const edited = text.replace("إن الكاظمي -الذي", "-الذي"); // not "في بغداد.\n\n-الذي…"
    expect(fuzzyText(edited, resolveAnchor(edited, anchor))).toBe("-الذي يتولى السلطة منذ مايو/أيار");
  });

  it("still covers a changed figure inside a short claim", () => {
    const anchor = claim(ARTICLE, "وأصيب 125 آخرون");
    const edited = ARTICLE.replace("125", "126");
    expect(fuzzyText(edited, resolveAnchor(edited, anchor))).toBe("وأصيب 126 آخرون");
  });

  it("covers words inserted inside the claim", () => {
    const anchor = claim(ARTICLE, "منزل الكاظمي تعرّض لانفجار واحد");
    const edited = ARTICLE.replace("الكاظمي تعرّض", "الكاظمي في بغداد تعرّض");
    expect(fuzzyText(edited, resolveAnchor(edited, anchor))).toBe("منزل الكاظمي في بغداد تعرّض لانفجار واحد");
  });
});
