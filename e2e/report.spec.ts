import { execFile } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { parse } from "csv-parse/sync";
import { expect, test } from "./support/test";
import { missingClaimReviewFields } from "@/lib/exports/claim-review-fields";
import { signInAs } from "./support/auth";
import { createTestWorkspace, TEST_PASSWORD } from "./support/data";
import { createCheckedClaim, createSourcedSeedCopy } from "./support/report";

const ARTICLE_URL = "https://www.aljazeera.net/news/2021/11/7/kadhimi-drone";
const DRONE = {
  exact: "طائرة مسيّرة مفخّخة",
  statement: "الكاظمي نجا من هجوم بطائرة مسيّرة مفخّخة",
  claimant: { name: "قيادة العمليات المشتركة", kind: "ORGANIZATION" as const, role: "جهة رسمية" },
  claimDate: "2021-11-07",
  ratingKey: "true",
  conclusion: "الهجوم وقع فعلاً بطائرة مسيّرة بحسب بيانات رسمية متطابقة.",
  rationale: "أكدت خلية الإعلام الأمني الهجوم في بيانها [1].",
  sources: [
    {
      url: "https://example.gov.iq/drone-statement",
      title: "بيان خلية الإعلام الأمني",
      publisher: "خلية الإعلام الأمني",
      archiveUrl: "https://web.archive.org/web/2021/https://example.gov.iq/drone-statement",
    },
  ],
};
const INJURED = {
  exact: "أصيب 125 آخرون بجروح",
  statement: "أصيب 125 شخصاً في مواجهات المنطقة الخضراء",
  claimant: { name: "وزارة الصحة العراقية", kind: "ORGANIZATION" as const },
  claimDate: "2021-11-06",
  ratingKey: "missing-context",
  conclusion: "الرقم صحيح لكنه يشمل إصابات طفيفة.",
  rationale: "لم تفصّل الوزارة نوع الإصابات.",
  sources: [{ url: "https://example.gov.iq/health", title: "بيان وزارة الصحة", stance: "CONTEXT" as const }],
};
// Only in a claim that is still a draft: these words must appear in nothing public or exported.
const DRAFT = {
  ...DRONE,
  exact: "نيد برايس",
  statement: "مسودة لا تنشر عن برايس",
  conclusion: "خلاصة المسودة السرية",
  rationale: "تعليل المسودة السرية",
  sources: [{ url: "https://draft.example/secret-source", title: "مصدر المسودة السري" }],
};
const DRAFT_WORDS = [
  DRAFT.statement,
  DRAFT.conclusion,
  DRAFT.rationale,
  DRAFT.sources[0].title,
  DRAFT.sources[0].url,
  DRAFT.exact,
];

const letters = (text: string) => text.replace(/[\u064B-\u065F\u0670\u202A-\u202E\u2066-\u2069\s]/g, "");

test("a published fact-check: public RTL report with ClaimReview, every export format, drafts nowhere", async ({
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000);
  // A workspace of its own, so the demo newsroom's article list stays as other tests expect it.
  const ws = await createTestWorkspace("report");
  const api = await playwright.request.newContext({ baseURL });
  await signInAs(api, ws.members.FACT_CHECKER.email, TEST_PASSWORD);
  const article = await createSourcedSeedCopy(api, ARTICLE_URL);
  const droneId = await createCheckedClaim(api, article.id, DRONE);
  const injuredId = await createCheckedClaim(api, article.id, INJURED);
  await createCheckedClaim(api, article.id, DRAFT, "DRAFT");
  const exportUrl = (format: string) => `/api/v1/articles/${article.id}/export?format=${format}`;

  // The report's address is in every HTML export (its canonical link).
  const htmlExport = await api.get(exportUrl("html"));
  expect(htmlExport.status()).toBe(200);
  const reportUrl = (await htmlExport.text()).match(/<link rel="canonical" href="([^"]+)">/)![1];
  expect(reportUrl).toMatch(new RegExp(`^${baseURL}/r/[A-Za-z0-9_-]{12}$`));

  // Members find the report and the downloads on the article page.
  const member = await browser.newContext();
  await signInAs(member, ws.members.FACT_CHECKER.email, TEST_PASSWORD);
  const articlePage = await member.newPage();
  await articlePage.goto(`/articles/${article.id}`);
  const links = articlePage.getByTestId("report-links");
  await links.locator("summary").click();
  await expect(links.locator("summary")).toHaveText("التقرير: ادعاءان منشوران");
  await expect(links.getByRole("link", { name: "فتح التقرير العام" })).toHaveAttribute(
    "href",
    new URL(reportUrl).pathname,
  );
  const [csvDownload] = await Promise.all([
    articlePage.waitForEvent("download"),
    links.getByRole("link", { name: /^CSV/ }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toBe(`تقرير التحقق - ${article.title}.csv`);
  const csvFile = await readFile((await csvDownload.path())!);
  expect(csvFile.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  expect(csvFile.toString("utf8")).toContain(DRONE.statement);
  await member.close();

  // Signed out, on a phone.
  const reader = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await reader.newPage();
  const response = await page.goto(reportUrl);
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("تقرير التحقق");
  await expect(page.locator(".reviewed a")).toHaveAttribute("href", ARTICLE_URL);
  const drone = page.locator(`#claim-${droneId}`);
  await expect(drone.getByRole("heading", { level: 2 })).toContainText(DRONE.statement);
  await expect(drone.locator(".verdict-label")).toHaveText("صحيح");
  await expect(drone.locator(".scale-place")).toHaveText("5 على سلّم من 1 إلى 5");
  await expect(drone.locator('.scale li[aria-current="true"]')).toHaveText("صحيح");
  await expect(drone.locator(".quote blockquote")).toHaveText(DRONE.exact);
  await expect(drone.locator(".facts")).toContainText("قيادة العمليات المشتركة، جهة رسمية");
  await expect(
    drone.locator(".sources li").first().getByRole("link", { name: "بيان خلية الإعلام الأمني" }),
  ).toHaveAttribute("href", DRONE.sources[0].url);
  await expect(drone.locator(".sources li").first().getByRole("link", { name: "نسخة مؤرشفة" })).toHaveAttribute(
    "href",
    DRONE.sources[0].archiveUrl,
  );
  await expect(drone.locator(".rationale")).toContainText(DRONE.rationale);
  await expect(drone.locator(".people")).toContainText(`FACT_CHECKER ${ws.slug}`);
  await expect(page.locator(`#claim-${injuredId} .verdict-label`)).toHaveText("ينقصه سياق");
  // Readable on a phone: nothing wider than the screen, the Arabic set in the shipped font.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.evaluate(() => document.fonts.ready);
  expect(await page.evaluate(() => [...document.fonts].map((f) => `${f.family} ${f.weight} ${f.status}`))).toContain(
    "Noto Naskh Arabic 400 loaded",
  );

  const jsonLd = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((nodes) => nodes.map((n) => JSON.parse(n.textContent!)));
  expect(jsonLd.map((r) => r.url)).toEqual([`${reportUrl}#claim-${droneId}`, `${reportUrl}#claim-${injuredId}`]);
  expect(jsonLd[0]).toMatchObject({
    "@type": "ClaimReview",
    claimReviewed: DRONE.statement,
    inLanguage: "ar",
    reviewRating: { alternateName: "صحيح", ratingValue: 5, bestRating: 5, worstRating: 1 },
    itemReviewed: {
      "@type": "Claim",
      author: { "@type": "Organization", name: DRONE.claimant.name },
      datePublished: "2021-11-07",
      firstAppearance: { url: ARTICLE_URL },
    },
  });
  for (const review of jsonLd) expect(missingClaimReviewFields(review)).toEqual([]);

  const pageHtml = await page.content();
  for (const words of DRAFT_WORDS) expect(pageHtml).not.toContain(words);
  await reader.close();

  // Every export format, as a signed-in member downloads it.
  const expected: Record<string, { type: RegExp; ext: string }> = {
    claimreview: { type: /^application\/ld\+json/, ext: "claimreview.jsonld" },
    w3c: {
      type: /^application\/ld\+json; profile="http:\/\/www\.w3\.org\/ns\/anno\.jsonld"/,
      ext: "annotations.jsonld",
    },
    csv: { type: /^text\/csv; charset=utf-8/, ext: "csv" },
    md: { type: /^text\/markdown; charset=utf-8/, ext: "md" },
    html: { type: /^text\/html; charset=utf-8/, ext: "html" },
    pdf: { type: /^application\/pdf$/, ext: "pdf" },
  };
  const bodies: Record<string, Buffer> = {};
  for (const [format, { type, ext }] of Object.entries(expected)) {
    const download = await api.get(exportUrl(format));
    expect(download.status(), format).toBe(200);
    expect(download.headers()["content-type"]).toMatch(type);
    const disposition = download.headers()["content-disposition"];
    expect(disposition).toContain(`filename="sanad-report-${article.id}.${ext}"`);
    expect(decodeURIComponent(disposition.match(/filename\*=UTF-8''(.+)$/)![1])).toBe(
      `تقرير التحقق - ${article.title}.${ext}`,
    );
    bodies[format] = await download.body();
    if (format !== "pdf")
      for (const words of DRAFT_WORDS) expect(bodies[format].toString("utf8"), format).not.toContain(words);
  }
  expect(JSON.parse(bodies.claimreview.toString()).map((r: { claimReviewed: string }) => r.claimReviewed)).toEqual([
    DRONE.statement,
    INJURED.statement,
  ]);
  const w3c = JSON.parse(bodies.w3c.toString());
  expect(w3c.first.items[0].target.selector[0]).toMatchObject({ type: "TextQuoteSelector", exact: DRONE.exact });
  const rows = parse(bodies.csv, { bom: true, columns: true }) as Record<string, string>[];
  expect(rows.map((r) => [r.statement, r.verdict])).toEqual([
    [DRONE.statement, "صحيح"],
    [INJURED.statement, "ينقصه سياق"],
  ]);
  expect(bodies.md.toString()).toContain(`## الادعاء 1: ${DRONE.statement}`);

  // The PDF's text comes back with the claims' Arabic words, and nothing of the draft.
  const dir = await mkdtemp(path.join(tmpdir(), "sanad-e2e-pdf-"));
  await writeFile(path.join(dir, "report.pdf"), bodies.pdf);
  const { stdout: pdfText } = await promisify(execFile)("pdftotext", [
    "-enc",
    "UTF-8",
    path.join(dir, "report.pdf"),
    "-",
  ]);
  for (const words of [DRONE.statement, DRONE.exact, INJURED.statement, "قيادة العمليات المشتركة"])
    expect(letters(pdfText)).toContain(letters(words));
  for (const words of DRAFT_WORDS.slice(0, 4)) expect(letters(pdfText)).not.toContain(letters(words));

  // A chosen subset; an unknown format is refused with the formats listed.
  const one = await api.get(`${exportUrl("claimreview")}&claims=${injuredId}`);
  expect((await one.json()).map((r: { claimReviewed: string }) => r.claimReviewed)).toEqual([INJURED.statement]);
  const bad = await api.get(exportUrl("docx"));
  expect(bad.status()).toBe(422);
  expect((await bad.json()).error.fields.format).toContain("claimreview");
  await api.dispose();
});

test("exports need a member of the article's workspace; unknown report addresses are 404", async ({
  playwright,
  baseURL,
}) => {
  const demo = await playwright.request.newContext({ baseURL });
  await signInAs(demo, "viewer@sanad.test");
  const { articles } = await (await demo.get("/api/v1/articles")).json();
  const articleId = articles[0].id as string;
  expect((await demo.get(`/api/v1/articles/${articleId}/export?format=md`)).status()).toBe(200);

  const anonymous = await playwright.request.newContext({ baseURL });
  const signedOut = await anonymous.get(`/api/v1/articles/${articleId}/export?format=csv`);
  expect(signedOut.status()).toBe(401);
  const missing = await anonymous.get("/r/no-such-report-here");
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain("التقرير غير موجود");

  const outsider = await createTestWorkspace("export-outsider");
  const other = await playwright.request.newContext({ baseURL });
  await signInAs(other, outsider.members.ADMIN.email, TEST_PASSWORD);
  const foreign = await other.get(`/api/v1/articles/${articleId}/export?format=csv`);
  expect(foreign.status()).toBe(404);
  expect((await foreign.json()).error.code).toBe("not_found");
  await Promise.all([demo.dispose(), anonymous.dispose(), other.dispose()]);
});

test("the W3C export imports into a copy of the article as the same claims at the same spans", async ({
  playwright,
  baseURL,
}) => {
  const ws = await createTestWorkspace("import");
  const api = await playwright.request.newContext({ baseURL });
  await signInAs(api, ws.members.FACT_CHECKER.email, TEST_PASSWORD);
  const original = await createSourcedSeedCopy(api, ARTICLE_URL);
  await createCheckedClaim(api, original.id, DRONE);
  await createCheckedClaim(api, original.id, INJURED);
  const annotations = await (await api.get(`/api/v1/articles/${original.id}/export?format=w3c`)).json();
  const copy = await createSourcedSeedCopy(api, ARTICLE_URL);
  const imported = await api.post(`/api/v1/articles/${copy.id}/import`, { data: annotations });
  expect(imported.status()).toBe(201);
  expect(await imported.json()).toMatchObject({ created: 2, anchored: 2, orphaned: [], skipped: [] });
  const spans = async (id: string) =>
    (await (await api.get(`/api/v1/articles/${id}/claims`)).json()).claims.map((c: { selector: object }) => c.selector);
  expect(await spans(copy.id)).toEqual(await spans(original.id));
  await api.dispose();
});
