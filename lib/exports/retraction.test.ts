import { describe, expect, it } from "vitest";
import type { Report } from "@/lib/reports/types";
import { toClaimReviews } from "./claim-review";
import { toCsv } from "./csv";
import { PUBLISHED_CLAIM, REPORT, UNVERIFIABLE_CLAIM } from "./fixtures";
import { toMarkdown } from "./markdown";
import { toReportHtml } from "./report-html";
import { toW3CAnnotations } from "./w3c";

const NOTE = "تبيّن أن البيان المنسوب إلى الوزارة مزوّر.";
const RETRACTED: Report = {
  ...REPORT,
  claims: [{ ...PUBLISHED_CLAIM, retraction: { date: "2026-12-01T08:00:00.000Z", note: NOTE } }, UNVERIFIABLE_CLAIM],
};

describe("a retracted claim in every format", () => {
  it("stays on the page and in the files people read, marked, with the note in the corrections log", () => {
    const html = toReportHtml(RETRACTED, "");
    expect(html).toContain('class="claim is-retracted"');
    expect(html).toContain("سُحب هذا التحقق في 1 ديسمبر 2026");
    expect(html).toContain(`سُحب التحقق: ${NOTE}`);
    expect(html).toContain("التصحيح 2: صُحح عدد المصابين.");
    const markdown = toMarkdown(RETRACTED);
    expect(markdown).toContain("> **مسحوب:**");
    expect(markdown).toContain(`- 1 ديسمبر 2026: سُحب التحقق: ${NOTE}`);
    expect(toCsv(RETRACTED)).toContain(`"2026-12-01T08:00:00.000Z","${NOTE}"`);
  });

  it("no longer stands behind a ClaimReview or a W3C assessment", () => {
    const html = toReportHtml(RETRACTED, "");
    const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">/g)];
    expect(jsonLd).toHaveLength(1);
    expect(html).not.toContain(`"url":"${REPORT.url}#claim-${PUBLISHED_CLAIM.id}"`);
    expect(toClaimReviews(RETRACTED).map((r) => r.url)).toEqual([`${REPORT.url}#claim-${UNVERIFIABLE_CLAIM.id}`]);
    expect(toW3CAnnotations(RETRACTED).total).toBe(1);
    // Before the retraction both stood.
    expect(toClaimReviews(REPORT)).toHaveLength(2);
  });
});
