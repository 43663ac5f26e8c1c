import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { toArticleContent } from "./content";

describe("toArticleContent", () => {
  it("keeps the seed article's paragraphs and its one sub-heading", async () => {
    const seed = await readFile("prisma/seed/article-ar.txt", "utf8");
    const { text, headings } = toArticleContent(seed, "text");
    const blocks = text.split("\n\n");
    expect(blocks).toHaveLength(seed.trim().split("\n").length);
    expect(headings).toEqual([blocks.indexOf("ما قبل محاولة الاغتيال")]);
    expect(text).toBe(
      seed
        .trim()
        .split("\n")
        .map((l) => l.trim())
        .join("\n\n")
        .normalize("NFC"),
    );
  });

  it("separates paragraphs by exactly one blank line and folds inner whitespace", () => {
    const { text } = toArticleContent("  أول فقرة  \r\n\r\n\r\n\tثانية\u00A0فقرة.  ", "text");
    expect(text).toBe("أول فقرة\n\nثانية فقرة.");
  });

  it("normalizes to NFC", () => {
    const decomposed = "e\u0301t\u00E9.";
    expect(toArticleContent(decomposed, "text").text).toBe("\u00E9t\u00E9.");
  });

  it("removes bidi embedding and override characters", () => {
    expect(toArticleContent("abc\u202Edef\u2066ghi.", "text").text).toBe("abcdefghi.");
  });

  it("keeps only text, paragraphs and headings from HTML; scripts and handlers vanish", () => {
    const html = `<h2 onclick="x()">عنوان</h2><p>نص <b>عريض</b> <a href="javascript:alert(1)">رابط</a></p><script>alert(1)</script><style>p{}</style><img src=x onerror=alert(1)><p>ثانٍ &amp; أخير.</p>`;
    expect(toArticleContent(html, "html")).toEqual({ text: "عنوان\n\nنص عريض رابط\n\nثانٍ & أخير.", headings: [0] });
  });

  it("treats angle brackets in plain text as text", () => {
    expect(toArticleContent("<script>alert(1)</script>.", "text").text).toBe("<script>alert(1)</script>.");
  });
});
