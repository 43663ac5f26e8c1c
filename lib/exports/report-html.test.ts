import { describe, expect, it } from "vitest";
import { toClaimReview } from "./claim-review";
import { missingClaimReviewFields } from "./claim-review-fields";
import { PUBLISHED_CLAIM, REPORT, UNVERIFIABLE_CLAIM } from "./fixtures";
import { toReportHtml } from "./report-html";

const html = toReportHtml(REPORT, "/* fonts */");
const jsonLd = () =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));

describe("toReportHtml", () => {
  it("is a right-to-left Arabic document for an Arabic article, readable on a phone", () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="ar" dir="rtl">/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';`,
    );
    expect(html).toContain("<title>تقرير التحقق: نجاة الكاظمي من محاولة اغتيال بطائرة مسيّرة مفخّخة</title>");
    expect(html).toContain('<link rel="canonical" href="https://sanad.example.org/r/abc123">');
    expect(toReportHtml({ ...REPORT, article: { ...REPORT.article, language: "en", direction: "ltr" } }, "")).toContain(
      '<html lang="en" dir="ltr">',
    );
  });

  it("embeds one ClaimReview per claim, equal to the export and complete", () => {
    expect(jsonLd()).toEqual([toClaimReview(PUBLISHED_CLAIM, REPORT), toClaimReview(UNVERIFIABLE_CLAIM, REPORT)]);
    expect(missingClaimReviewFields(jsonLd()[0])).toEqual([]);
  });

  it("shows each claim at its anchor: statement, quote, claimant, verdict and its place on the scale, sources with archives, people, dates", () => {
    expect(html).toContain('<article class="claim" id="claim-claim1">');
    expect(html).toContain(
      '<span class="claim-number">الادعاء 1</span> <span dir="auto">الكاظمي نجا من هجوم بطائرة مسيّرة مفخّخة</span>',
    );
    expect(html).toContain('<blockquote dir="auto">طائرة مسيّرة مفخّخة</blockquote>');
    expect(html).toContain('<dt>صاحب الادعاء</dt><dd><span dir="auto">قيادة العمليات المشتركة، جهة رسمية</span></dd>');
    expect(html).toContain('<div class="verdict" style="--verdict: #1a7f37">');
    expect(html).toContain(
      '<strong class="verdict-label">صحيح</strong> <span class="scale-place">5 على سلّم من 1 إلى 5</span>',
    );
    expect(html).toContain('<li aria-current="true">صحيح</li><li>مضلل</li>');
    expect(html).toContain(
      '<li id="claim-claim1-source-1"><a href="https://example.gov.iq/statement" rel="nofollow noopener" dir="auto">بيان خلية الإعلام الأمني</a>',
    );
    expect(html).toContain(
      '<a href="https://web.archive.org/web/2021/https://example.gov.iq/statement" rel="nofollow noopener" dir="auto">نسخة مؤرشفة</a>',
    );
    expect(html).toContain('<dt>المراجع</dt><dd><span dir="auto">علي المحرر</span></dd>');
    expect(html).toContain('<time datetime="2021-11-07">7 نوفمبر 2021</time>');
    expect(html).toContain("صُحح عدد المصابين.");
    expect(html).toContain(
      '<a href="https://sanad.example.org/corrections" rel="noopener" dir="auto">سياسة التصحيح</a>',
    );
  });

  it("escapes every user text and drops unsafe links, colours and logos", () => {
    const hostile = {
      ...PUBLISHED_CLAIM,
      statement: '</script><img src=x onerror="alert(1)">',
      rating: { ...PUBLISHED_CLAIM.rating!, color: "red;background:url(https://evil)" },
      sources: [{ ...PUBLISHED_CLAIM.sources[0], url: "javascript:alert(1)", title: "<b>t</b>" }],
    };
    const page = toReportHtml(
      { ...REPORT, claims: [hostile], org: { ...REPORT.org, logoUrl: "javascript:alert(1)" } },
      "",
    );
    expect(page).not.toMatch(/<img|javascript:|<b>|--verdict: red/);
    expect(page).toContain("&lt;/script&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(page.match(/<\/script>/g)).toHaveLength(1); // only the JSON-LD's own end tag
  });

  it("has a print stylesheet with page margins", () => {
    expect(html).toContain("@media print{");
    expect(html).toContain("@page{size:A4");
  });
});
