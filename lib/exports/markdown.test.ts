import { describe, expect, it } from "vitest";
import { PUBLISHED_CLAIM, REPORT } from "./fixtures";
import { toMarkdown } from "./markdown";
import { richTextToHtml, richTextToMarkdown } from "./rich-text";

describe("toMarkdown", () => {
  const markdown = toMarkdown(REPORT);

  it("writes the report in the article's language: claims, verdict with its place on the scale, sources, people, policies", () => {
    expect(markdown).toContain("# تقرير التحقق: نجاة الكاظمي من محاولة اغتيال بطائرة مسيّرة مفخّخة");
    expect(markdown).toContain("## الادعاء 1: الكاظمي نجا من هجوم بطائرة مسيّرة مفخّخة");
    expect(markdown).toContain("> طائرة مسيّرة مفخّخة");
    expect(markdown).toContain("- **الحكم:** **صحيح** (5 على سلّم من 1 إلى 5)");
    expect(markdown).toContain("- **الحكم:** **لا يمكن التحقق** (ليس درجة على السلّم الرقمي)");
    expect(markdown).toContain(
      "1. [بيان خلية الإعلام الأمني](https://example.gov.iq/statement) — خلية الإعلام الأمني، 7 نوفمبر 2021، اطُّلع عليه في 20 نوفمبر 2026 — [نسخة مؤرشفة](https://web.archive.org/web/2021/https://example.gov.iq/statement)",
    );
    expect(markdown).toContain("- **المراجع:** علي المحرر");
    expect(markdown).toContain("### التصحيحات\n\n- 22 نوفمبر 2026: التصحيح 2: صُحح عدد المصابين.");
    expect(markdown).toContain(
      "[منهجيتنا](https://sanad.example.org/method) · [سياسة التصحيح](https://sanad.example.org/corrections)",
    );
  });

  it("escapes user text so it never becomes Markdown or HTML", () => {
    expect(markdown).toContain("## الادعاء 2: \\+أصيب 125 شخصاً");
    expect(markdown).toContain("\\<script\\>alert(1)\\</script\\> stays text");
    expect(markdown).not.toContain("<script>");
    expect(markdown).toContain(
      '[\\=HYPERLINK("https://evil.example","click")](https://www.reuters.com/world/middle-east/iraqi-pm)',
    );
  });

  it("says so when nothing is published", () => {
    expect(toMarkdown({ ...REPORT, claims: [] })).toContain("لا توجد ادعاءات منشورة بعد.");
  });
});

describe("rich text rendering", () => {
  it("renders the rationale's allowed nodes with escaped text and checked links, per-paragraph direction kept", () => {
    const html = richTextToHtml(PUBLISHED_CLAIM.rationale);
    expect(html).toBe(
      '<p dir="rtl">أكدت خلية الإعلام الأمني الخبر في بيان [1]، و<strong>نفت</strong> أي إصابة.</p>' +
        '<ul><li><p><a href="https://example.gov.iq/statement?a=1&amp;b=2" rel="nofollow noopener">البيان الرسمي</a></p></li></ul>' +
        '<p dir="ltr">&lt;script&gt;alert(1)&lt;/script&gt; stays text</p>',
    );
    expect(richTextToMarkdown(PUBLISHED_CLAIM.rationale)).toContain(
      "- [البيان الرسمي](https://example.gov.iq/statement?a=1&b=2)",
    );
  });

  it("drops anything outside the allow-list even if it reached the database", () => {
    const hostile = {
      type: "doc",
      content: [
        { type: "image", attrs: { src: "https://x" } },
        {
          type: "paragraph",
          attrs: { dir: 'rtl" onclick="x' },
          content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }],
        },
      ],
    };
    expect(richTextToHtml(hostile)).toBe("<p>x</p>");
  });
});
