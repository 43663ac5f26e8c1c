import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/api/errors";
import { localizeErrorText } from "@/lib/i18n/error-text";
import { RICH_TEXT_LIMITS, ZRichText } from "./validate";

const text = (value: string, marks?: object[]) => ({ type: "text", text: value, ...(marks && { marks }) });
const paragraph = (...content: object[]) => ({ type: "paragraph", attrs: { dir: "rtl" }, content });
const doc = (...content: object[]) => ({ type: "doc", content });

function refusal(value: unknown): string {
  const result = ZRichText.safeParse(value);
  expect(result.success, JSON.stringify(value).slice(0, 200)).toBe(false);
  return localizeErrorText(fieldErrorsOf(result.error!).body, "en");
}

describe("rich text (a claim's rationale)", () => {
  it("accepts what Tiptap's StarterKit writes, with directions and default attributes, keeping only meaningful attributes", () => {
    const link = {
      type: "link",
      attrs: {
        href: "https://www.who.int/ar",
        target: "_blank",
        rel: "noopener noreferrer nofollow",
        class: null,
        title: null,
      },
    };
    const value = {
      type: "doc",
      attrs: { dir: null },
      content: [
        { type: "heading", attrs: { level: 2, dir: "rtl" }, content: [text("الخلاصة")] },
        paragraph(
          text("قالت "),
          text("منظمة الصحة", [{ type: "bold" }, link]),
          { type: "hardBreak" },
          text("إن العدد 125.", [{ type: "italic" }]),
        ),
        {
          type: "orderedList",
          attrs: { start: 1, type: null },
          content: [{ type: "listItem", content: [paragraph(text("أولًا"))] }],
        },
        {
          type: "bulletList",
          content: [
            {
              type: "listItem",
              content: [paragraph(text("نقطة")), { type: "blockquote", content: [paragraph(text("اقتباس"))] }],
            },
          ],
        },
      ],
    };
    const parsed = ZRichText.parse(value)!;
    expect(parsed.attrs).toBeUndefined();
    expect(parsed.content?.[1].content?.[1].marks?.[1]).toEqual({
      type: "link",
      attrs: { href: "https://www.who.int/ar", target: "_blank", rel: "noopener noreferrer nofollow" },
    });
    expect(parsed.content?.[2].attrs).toEqual({ start: 1 });
    expect(JSON.stringify(parsed)).not.toContain("null");
  });

  it("treats an empty editor (or null) as no rationale", () => {
    expect(ZRichText.parse(null)).toBeNull();
    expect(ZRichText.parse(doc({ type: "paragraph" }))).toBeNull();
  });

  it("names the node that is not allowed, where it is", () => {
    expect(refusal(doc(paragraph(text("صورة:")), { type: "image", attrs: { src: "x.png" } }))).toMatch(
      /“image” is not allowed.*content\.1/,
    );
    expect(refusal(doc({ type: "codeBlock", content: [text("x")] }))).toMatch(/“codeBlock”/);
    expect(refusal(doc({ type: "script", content: [text("alert(1)")] }))).toMatch(/“script”/);
    expect(refusal(doc({ type: "heading", attrs: { level: 1 }, content: [text("كبير")] }))).toMatch(
      /“heading” cannot have “level”/,
    );
    expect(refusal(doc({ type: "heading", content: [text("بلا مستوى")] }))).toMatch(/“level”/);
  });

  it("refuses attributes that are not allowed, and links that are not http(s)", () => {
    expect(refusal(doc({ type: "paragraph", attrs: { style: "color:red" }, content: [text("x")] }))).toMatch(
      /“paragraph” cannot have “style”/,
    );
    expect(refusal(doc({ type: "paragraph", attrs: { dir: "up" }, content: [text("x")] }))).toMatch(/“dir”/);
    expect(refusal(doc({ type: "paragraph", onclick: "alert(1)", content: [text("x")] }))).toMatch(/“onclick”/);
    expect(refusal(doc(paragraph(text("x", [{ type: "link", attrs: { href: "javascript:alert(1)" } }]))))).toMatch(
      /http:\/\/ or https:\/\//,
    );
    expect(refusal(doc(paragraph(text("x", [{ type: "link", attrs: { href: "data:text/html,hi" } }]))))).toMatch(
      /http:\/\/ or https:\/\//,
    );
    expect(
      refusal(doc(paragraph(text("x", [{ type: "link", attrs: { href: "https://x.test", class: "evil" } }])))),
    ).toMatch(/“class”/);
    expect(refusal(doc(paragraph(text("x", [{ type: "strike" }]))))).toMatch(/“strike” formatting/);
    expect(refusal(doc(paragraph(text("x", [{ type: "textStyle", attrs: { color: "red" } }]))))).toMatch(/“textStyle”/);
  });

  it("refuses nodes in the wrong place and malformed JSON", () => {
    expect(refusal(doc(text("نص مباشرة في المستند")))).toMatch(/“text” cannot be placed inside “doc”/);
    expect(refusal(paragraph(text("بلا مستند")))).toMatch(/“paragraph” cannot be placed/);
    expect(refusal(doc({ type: "bulletList", content: [paragraph(text("x"))] }))).toMatch(
      /“paragraph” cannot be placed inside “bulletList”/,
    );
    expect(
      refusal(
        doc({ type: "bulletList", content: [{ type: "listItem", content: [{ type: "bulletList", content: [] }] }] }),
      ),
    ).toMatch(/malformed|placed/);
    expect(refusal("<p>html</p>")).toMatch(/malformed/);
    expect(refusal(doc(paragraph({ type: "text", text: "" })))).toMatch(/malformed/);
    expect(refusal(doc({ type: "paragraph", content: "text" }))).toMatch(/malformed/);
  });

  it("refuses bidi overrides, too much text and too deep nesting", () => {
    expect(refusal(doc(paragraph(text("معكوس\u202E"))))).toMatch(/direction-override/);
    expect(refusal(doc(paragraph(text("x".repeat(RICH_TEXT_LIMITS.characters + 1)))))).toMatch(/too long/);
    let deep: object = paragraph(text("عميق"));
    for (let i = 0; i < 40; i++) deep = { type: "blockquote", content: [deep] };
    expect(refusal(doc(deep))).toMatch(/too deeply nested/);
  });
});
