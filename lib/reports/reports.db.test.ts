import { beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/create-article";
import { ZCreateArticle } from "@/lib/articles/schemas";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { missingClaimReviewFields } from "@/lib/exports/claim-review-fields";
import { EXPORT_FORMATS } from "@/lib/exports/format-names";
import { exportResponse } from "@/lib/exports/formats";
import { createTestWorkspace, type TestWorkspace } from "@/lib/testing/factories";
import { createCheckedClaim, type TCheckedClaim } from "@/lib/testing/published-claim";
import { getClaimSheet } from "@/lib/claim-sheet/get-claim-sheet";
import { ZUpdateClaimSheet } from "@/lib/claim-sheet/schemas";
import { updateClaimSheet } from "@/lib/claim-sheet/update-claim-sheet";
import { transitionClaim } from "@/lib/workflow/transition-claim";
import { getArticleReport, getPublicReport } from "./get-report";
import { getReportSettings, updateReportSettings } from "./report-settings";
import { ZReportSettings } from "./schemas";

const ARTICLE_URL = "https://www.aljazeera.net/news/2021/11/7/kadhimi";
const TEXT =
  "نجا رئيس الوزراء العراقي مصطفى الكاظمي من محاولة اغتيال بطائرة مسيّرة مفخّخة استهدفت مقر إقامته في بغداد.\n\nوقال مصدر إن سبعة من أفراد الحماية أصيبوا بجروح طفيفة.";

const CHECK: TCheckedClaim = {
  exact: "طائرة مسيّرة مفخّخة",
  statement: "الكاظمي نجا من هجوم بطائرة مسيّرة مفخّخة",
  claimant: { name: "قيادة العمليات المشتركة", kind: "ORGANIZATION", role: "جهة رسمية" },
  claimDate: "2021-11-07",
  ratingKey: "true",
  conclusion: "الهجوم وقع فعلاً بحسب بيانات رسمية متطابقة.",
  rationale: "أكدت خلية الإعلام الأمني الخبر [1].",
  sources: [
    {
      url: "https://example.gov.iq/statement",
      title: "بيان خلية الإعلام الأمني",
      archiveUrl: "https://web.archive.org/web/2021/https://example.gov.iq/statement",
    },
  ],
};
// Words that exist only in the unpublished claim's sheet.
const DRAFT = {
  exact: "سبعة من أفراد الحماية",
  statement: "مسودة سرية: سبعة حراس أصيبوا",
  conclusion: "خلاصة لم تُنشر بعد",
  rationale: "تعليل المسودة",
  sources: [{ url: "https://draft.example/secret", title: "مصدر المسودة" }],
};

let ws: TestWorkspace;
let other: TestWorkspace;
let articleId: string;
let publishedId: string;

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(async () => {
  [ws, other] = await Promise.all([createTestWorkspace("report"), createTestWorkspace("report-other")]);
  const checker = ws.members.FACT_CHECKER.actor;
  articleId = (
    await createArticle(
      checker,
      ZCreateArticle.parse({ title: "تقرير عن الهجوم", body: TEXT, sourceUrl: ARTICLE_URL, publisher: "الجزيرة نت" }),
    )
  ).id;
  publishedId = await createCheckedClaim(checker, articleId, CHECK);
  for (const status of ["DRAFT", "IN_REVIEW", "APPROVED"] as const)
    await createCheckedClaim(checker, articleId, { ...CHECK, ...DRAFT, ratingKey: "false" }, status);
  await getDb().workspace.update({
    where: { id: ws.id },
    data: { reportOrgName: "سند للتحقق", methodologyUrl: "https://sanad.example.org/method" },
  });
}, 60_000);

describe("reports (real PostgreSQL)", () => {
  it("hold only the published claim, with its sheet, author and the workspace's settings", async () => {
    const report = await getArticleReport(ws.members.VIEWER.actor, articleId);
    expect(report.claims.map((c) => c.id)).toEqual([publishedId]);
    expect(report.claims[0]).toMatchObject({
      statement: CHECK.statement,
      quote: { exact: CHECK.exact },
      claimant: { name: "قيادة العمليات المشتركة", kind: "ORGANIZATION", role: "جهة رسمية" },
      appearances: [ARTICLE_URL],
      rating: { key: "true", labelAr: "صحيح", value: 5 },
      sources: [{ number: 1, title: "بيان خلية الإعلام الأمني", archiveUrl: CHECK.sources[0].archiveUrl }],
      author: expect.stringContaining("FACT_CHECKER"),
    });
    expect(report.org).toMatchObject({ name: "سند للتحقق", methodologyUrl: "https://sanad.example.org/method" });
    expect(report.scale).toMatchObject({ bestRating: 5, worstRating: 1 });
    expect(report.url).toMatch(/\/r\/[A-Za-z0-9_-]{12}$/);
  });

  it("give the seed-like check a complete ClaimReview", async () => {
    const response = await exportResponse(await getArticleReport(ws.members.EDITOR.actor, articleId), "claimreview");
    const reviews = await response.json();
    expect(reviews).toHaveLength(1);
    expect(missingClaimReviewFields(reviews[0])).toEqual([]);
  });

  it("keep one stable public address, which shows the same published claims to anyone", async () => {
    const first = await getArticleReport(ws.members.ADMIN.actor, articleId);
    const again = await getArticleReport(ws.members.VIEWER.actor, articleId);
    expect(again.url).toBe(first.url);
    const slug = first.url.split("/r/")[1];
    const pub = await getPublicReport(slug);
    expect(pub.claims.map((c) => c.id)).toEqual([publishedId]);
  });

  it.each(EXPORT_FORMATS.filter((f) => f !== "pdf"))(
    "never let a draft, a claim in review or an approved one into the %s export",
    async (format) => {
      const response = await exportResponse(await getArticleReport(ws.members.ADMIN.actor, articleId), format);
      const body = await response.text();
      expect(body).toContain(CHECK.statement);
      for (const secret of [
        DRAFT.exact,
        DRAFT.statement,
        DRAFT.conclusion,
        DRAFT.rationale,
        DRAFT.sources[0].url,
        DRAFT.sources[0].title,
      ])
        expect(body).not.toContain(secret);
    },
  );

  it("keep showing the published version while a correction is reviewed, then the correction with its note", async () => {
    const checker = ws.members.FACT_CHECKER.actor;
    const editor = ws.members.EDITOR.actor;
    const id = await createCheckedClaim(checker, articleId, {
      ...CHECK,
      exact: "أصيبوا بجروح طفيفة",
      statement: "سبعة حراس أصيبوا بجروح طفيفة",
    });
    const { version } = await getClaimSheet(checker, id);
    await updateClaimSheet(
      checker,
      id,
      ZUpdateClaimSheet.parse({ version, statement: "تصحيح قيد المراجعة: ثمانية حراس" }),
    );
    const during = (await getArticleReport(ws.members.VIEWER.actor, articleId)).claims.find((c) => c.id === id);
    expect(during).toMatchObject({ statement: "سبعة حراس أصيبوا بجروح طفيفة", corrections: [] });
    expect(JSON.stringify(await getArticleReport(ws.members.VIEWER.actor, articleId))).not.toContain(
      "تصحيح قيد المراجعة",
    );

    await transitionClaim(editor, id, { action: "approve", comment: undefined });
    await transitionClaim(editor, id, { action: "publish", comment: "العدد ثمانية وفق البيان الثاني" });
    const after = (await getArticleReport(ws.members.VIEWER.actor, articleId)).claims.find((c) => c.id === id)!;
    expect(after).toMatchObject({
      statement: "تصحيح قيد المراجعة: ثمانية حراس",
      corrections: [{ note: "العدد ثمانية وفق البيان الثاني" }],
    });
    expect(after.updatedAt > after.publishedAt).toBe(true);
  });

  it("narrow to chosen claims, but a chosen unpublished claim stays out", async () => {
    const drafts = await getDb().claim.findMany({
      where: { articleId, status: { not: "PUBLISHED" } },
      select: { id: true },
    });
    const report = await getArticleReport(
      ws.members.ADMIN.actor,
      articleId,
      drafts.map((d) => d.id),
    );
    expect(report.claims).toEqual([]);
    expect((await getArticleReport(ws.members.ADMIN.actor, articleId, [publishedId])).claims).toHaveLength(1);
  });

  it("are not found from another workspace, for an unknown address, or before anything is published", async () => {
    expect((await failure(getArticleReport(other.members.ADMIN.actor, articleId))).code).toBe("not_found");
    expect((await failure(getPublicReport("no-such-report"))).code).toBe("not_found");
    const empty = await createArticle(
      ws.members.FACT_CHECKER.actor,
      ZCreateArticle.parse({ title: "بلا منشور", body: TEXT }),
    );
    await createCheckedClaim(ws.members.FACT_CHECKER.actor, empty.id, { ...CHECK, ...DRAFT }, "APPROVED");
    const slug = (await getArticleReport(ws.members.ADMIN.actor, empty.id)).url.split("/r/")[1];
    expect((await failure(getPublicReport(slug))).code).toBe("not_found");
  });
});

describe("a retracted claim in reports (real PostgreSQL)", () => {
  it("stays on the public report, marked with its note and date in the corrections log, with its ClaimReview withdrawn", async () => {
    const checker = ws.members.FACT_CHECKER.actor;
    const article = await createArticle(checker, ZCreateArticle.parse({ title: "تقرير السحب", body: TEXT }));
    const standing = await createCheckedClaim(checker, article.id, { ...CHECK, exact: "أصيبوا بجروح طفيفة" });
    const retracted = await createCheckedClaim(checker, article.id, CHECK);
    const note = "تبيّن أن البيان المنسوب إلى خلية الإعلام الأمني مزوّر.";
    await transitionClaim(ws.members.EDITOR.actor, retracted, { action: "retract", comment: note });

    const report = await getArticleReport(ws.members.VIEWER.actor, article.id);
    expect(report.claims.map((c) => [c.id, c.retraction?.note ?? null])).toEqual([
      [retracted, note],
      [standing, null],
    ]);
    const slug = report.url.split("/r/")[1];
    expect((await getPublicReport(slug)).claims.find((c) => c.id === retracted)?.retraction).toEqual({
      date: expect.any(String),
      note,
    });
    const html = await (await exportResponse(report, "html")).text();
    const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => m[1]);
    expect(jsonLd).toHaveLength(1);
    expect(jsonLd[0]).toContain(`#claim-${standing}`);
    expect(html).toContain("مسحوب");
    expect(html).toContain(`سُحب التحقق: ${note}`);
    const reviews = await (await exportResponse(report, "claimreview")).json();
    expect(reviews.map((r: { url: string }) => r.url.split("#claim-")[1])).toEqual([standing]);
    const w3c = await (await exportResponse(report, "w3c")).json();
    expect(w3c.total).toBe(1);
    const csv = await (await exportResponse(report, "csv")).text();
    expect(csv).toContain(note);
    expect(await (await exportResponse(report, "md")).text()).toContain("مسحوب");
  });
});

describe("report settings (real PostgreSQL)", () => {
  it("are read by members, written by admins only, checked, and shape the report's organisation", async () => {
    const saved = await updateReportSettings(
      ws.members.ADMIN.actor,
      ZReportSettings.parse({
        orgName: " مرصد سند ",
        orgUrl: "https://sanad.example.org",
        correctionsPolicyUrl: "https://sanad.example.org/corrections",
        logoUrl: "",
      }),
    );
    expect(saved).toMatchObject({
      orgName: "مرصد سند",
      orgUrl: "https://sanad.example.org/",
      logoUrl: null,
      correctionsPolicyUrl: "https://sanad.example.org/corrections",
      methodologyUrl: "https://sanad.example.org/method",
    });
    expect(await getReportSettings(ws.members.VIEWER.actor)).toEqual(saved);
    expect((await getArticleReport(ws.members.VIEWER.actor, articleId)).org).toMatchObject({
      name: "مرصد سند",
      correctionsPolicyUrl: "https://sanad.example.org/corrections",
    });
    expect(
      (await failure(updateReportSettings(ws.members.EDITOR.actor, ZReportSettings.parse({ orgName: "x" })))).code,
    ).toBe("forbidden");
    expect(ZReportSettings.safeParse({ orgUrl: "javascript:alert(1)" }).success).toBe(false);
    expect(ZReportSettings.safeParse({ other: 1 }).success).toBe(false);
    expect((await updateReportSettings(ws.members.ADMIN.actor, ZReportSettings.parse({ orgName: null }))).orgName).toBe(
      (await getDb().workspace.findUniqueOrThrow({ where: { id: ws.id } })).name,
    );
  });
});
