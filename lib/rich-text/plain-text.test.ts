import { describe, expect, it } from "vitest";
import { citedNumbers, danglingCitations, richTextToPlain } from "./plain-text";

const doc = {
  type: "doc",
  content: [
    {
      type: "paragraph",
      attrs: { dir: "rtl" },
      content: [
        { type: "text", text: "قالت الوزارة إن العدد 300 " },
        { type: "text", text: "[1]", marks: [{ type: "bold" }] },
      ],
    },
    {
      type: "bulletList",
      content: [
        { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "see [2] and [٣]" }] }] },
      ],
    },
  ],
};

describe("rationale as plain text", () => {
  it("reads one line per block", () => {
    expect(richTextToPlain(doc)).toBe("قالت الوزارة إن العدد 300 [1]\nsee [2] and [٣]");
    expect(richTextToPlain(null)).toBe("");
  });

  it("finds citations in both digit styles, once each", () => {
    expect(citedNumbers("[1] [2] [1] [٣] [x] [1234]")).toEqual([1, 2, 3]);
  });

  it("reports citations beyond the source list", () => {
    expect(danglingCitations(doc, 2)).toEqual([3]);
    expect(danglingCitations(doc, 3)).toEqual([]);
  });
});
