import { describe, expect, it } from "vitest";
import { splitClauses, splitSentences } from "./sentences";

const texts = (text: string, ranges: { start: number; end: number }[]) => ranges.map((r) => text.slice(r.start, r.end));

describe("splitSentences", () => {
  it("splits at . ! ؟ and line breaks, but not inside numbers, quotes or after one-letter abbreviations", () => {
    const text = 'قال د. أحمد إن النمو بلغ 2.5 في المئة. وأضاف: "الوضع صعب. لكنه مستقر". هل ينجح؟\nسطر جديد';
    expect(texts(text, splitSentences(text))).toEqual([
      "قال د. أحمد إن النمو بلغ 2.5 في المئة.",
      'وأضاف: "الوضع صعب. لكنه مستقر".',
      "هل ينجح؟",
      "سطر جديد",
    ]);
  });

  it("ends a sentence after a year followed by م.", () => {
    const text = "وقع ذلك في 2021 م. ثم عاد.";
    expect(texts(text, splitSentences(text))).toEqual(["وقع ذلك في 2021 م.", "ثم عاد."]);
  });
});

describe("splitClauses", () => {
  it("splits at the Arabic comma and semicolon, not at a thousands separator", () => {
    const text = "قُتل 1,250 شخصاً، وأصيب آخرون؛ بحسب الوزارة";
    const [sentence] = splitSentences(text);
    expect(texts(text, splitClauses(text, sentence))).toEqual(["قُتل 1,250 شخصاً", "وأصيب آخرون", "بحسب الوزارة"]);
  });
});
