import { type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { ok } from "./support/api";
import { createSeedCopy, openArticle, panelEntries } from "./support/annotate";
import { signInAs } from "./support/auth";
import { createTestWorkspace, TEST_PASSWORD } from "./support/data";

// Issue #10 with two people in two browsers, in the Arabic UI: the published record is protected
// (no delete, a retraction with a public note), review feedback is in plain sight (the bell, the
// review bar, a mention picked from suggestions), and the history reads as sentences in both languages.

type TWorkspace = Awaited<ReturnType<typeof createTestWorkspace>>;
let ws: TWorkspace;

const workflow = (page: Page) => page.getByTestId("workflow");
const statusOf = (page: Page) => workflow(page).locator(".status-pill");

async function signedIn(browser: { newContext: () => Promise<BrowserContext> }, role: keyof TWorkspace["members"]) {
  const context = await browser.newContext();
  await signInAs(context, ws.members[role].email, TEST_PASSWORD);
  return { context, page: await context.newPage() };
}

/** A claim the checker marked on a fresh copy of the seed article, complete enough to submit, and submitted. */
async function submittedClaim(checker: APIRequestContext) {
  const article = await createSeedCopy(checker);
  const claim = await ok(
    await checker.post(`/api/v1/articles/${article.id}/claims`, { data: { exact: "أصيب 125 آخرون بجروح" } }),
    201,
  );
  const url = `/api/v1/claims/${claim.id}`;
  let sheet = await ok(await checker.patch(url, { data: { version: 1, statement: "أصيب 125 شخصًا في المواجهات" } }));
  sheet = await ok(
    await checker.post(`${url}/sources`, {
      data: { version: sheet.version, url: "https://moh.gov.iq/statement", title: "بيان وزارة الصحة" },
    }),
    201,
  );
  await ok(
    await checker.put(`${url}/verdict`, {
      data: { version: sheet.version, ratingKey: "misleading", conclusion: "أغلب المصابين من قوات الأمن." },
    }),
  );
  await ok(await checker.post(`${url}/transitions`, { data: { action: "submit" } }));
  return { articleId: article.id as string, claimId: claim.id as string };
}

test.beforeAll(async () => {
  ws = await createTestWorkspace("desk");
});

test("a published claim cannot be deleted by its checker; the editor retracts it with a note, the report keeps it marked and its ClaimReview is gone", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const checker = await signedIn(browser, "FACT_CHECKER");
  const editor = await signedIn(browser, "EDITOR");
  const { articleId, claimId } = await submittedClaim(checker.context.request);
  await openArticle(checker.page, articleId);
  const summary = checker.page.getByTestId("report-links").locator("summary");
  await expect(summary).toContainText("لم يُنشر شيء بعد");
  for (const action of ["approve", "publish"])
    await ok(await editor.context.request.post(`/api/v1/claims/${claimId}/transitions`, { data: { action } }));
  // Live: the article's Report section follows the publication without a reload.
  await expect(summary).toContainText("ادعاء منشور واحد");

  // The checker sees no delete for the published claim, and the API refuses it with a clear 409.
  const entry = panelEntries(checker.page).and(checker.page.locator(`[data-claim-id="${claimId}"]`));
  await expect(entry).toContainText("منشور");
  await expect(entry.getByRole("button", { name: "حذف" })).toHaveCount(0);
  const refused = await checker.context.request.delete(`/api/v1/claims/${claimId}`);
  expect(refused.status()).toBe(409);
  expect((await refused.json()).error.message).toMatch(/retract/);

  // The checker's own sheet offers no retraction (they checked it); the editor's does, and says what it does.
  await checker.page.goto(`/claims/${claimId}`);
  await expect(statusOf(checker.page)).toHaveText("منشور");
  await expect(workflow(checker.page).getByRole("button", { name: "سحب التحقق" })).toHaveCount(0);
  await editor.page.goto(`/claims/${claimId}`);
  await workflow(editor.page).getByRole("button", { name: "سحب التحقق" }).click();
  await expect(editor.page.getByTestId("retract-explains")).toContainText("يبقى الادعاء في التقرير العلني");
  const note = "تبيّن أن بيان وزارة الصحة المستند إليه مزوّر.";
  await workflow(editor.page)
    .getByLabel(/ملاحظة السحب العلنية/)
    .fill(note);
  await workflow(editor.page).getByRole("button", { name: "اسحب بهذه الملاحظة" }).click();
  await expect(statusOf(editor.page)).toHaveText("مسحوب");
  await expect(editor.page.getByTestId("retracted")).toContainText(note);
  // The checker's open sheet follows: closed to edits, the retraction shown.
  await checker.page.reload();
  await expect(statusOf(checker.page)).toHaveText("مسحوب");
  await expect(checker.page.locator("#panel-sheet textarea")).toHaveCount(0);

  // The public report keeps the claim, marked, with the note and date; its ClaimReview is withdrawn.
  const links = await ok(await checker.context.request.get(`/api/v1/articles/${articleId}/export?format=claimreview`));
  expect(links).toEqual([]);
  await checker.page.goto(`/articles/${articleId}`);
  await checker.page.getByTestId("report-links").locator("summary").click();
  const reportPath = await checker.page.getByRole("link", { name: /التقرير العام/ }).getAttribute("href");
  const html = await (await checker.context.request.get(reportPath!)).text();
  expect(html).not.toContain('type="application/ld+json"');
  const report = await browser.newPage();
  await report.goto(reportPath!);
  await expect(report.locator(`#claim-${claimId} .retracted`)).toContainText("مسحوب");
  await expect(report.locator(`#claim-${claimId} .corrections`)).toContainText(`سُحب التحقق: ${note}`);
  await report.close();
  await checker.context.close();
  await editor.context.close();
});

test("the checker sees the editor's request-changes note in the bell and the review bar; a mention picked from suggestions tells the teammate", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const checker = await signedIn(browser, "FACT_CHECKER");
  const editor = await signedIn(browser, "EDITOR");
  const { articleId, claimId } = await submittedClaim(checker.context.request);
  await checker.page.goto("/articles");
  const bell = checker.page.getByTestId("bell-count");
  await expect(bell).toHaveCount(0);

  // The editor sends it back; in the note, "@" suggests members and picking one puts the caret after it.
  await editor.page.goto(`/claims/${claimId}`);
  await workflow(editor.page).getByRole("button", { name: "طلب تعديلات" }).click();
  const box = workflow(editor.page).getByLabel(/ما الذي يجب تعديله/);
  await box.fill("أضف مصدرًا رسميًا وراجعه مع @adm");
  const admin = ws.members.ADMIN.email.split("@")[0];
  await workflow(editor.page)
    .getByRole("option")
    .filter({ hasText: `@${admin}` })
    .getByRole("button")
    .click();
  await box.pressSequentially("قبل الإرسال");
  const note = `أضف مصدرًا رسميًا وراجعه مع @${admin} قبل الإرسال`;
  await expect(box).toHaveValue(note);
  await expect(box).toHaveAttribute("dir", "rtl");
  // An unknown handle is flagged before sending.
  await box.fill(`${note} و@nobody`);
  await expect(workflow(editor.page).getByTestId("unknown-mention")).toContainText("@nobody");
  await expect(workflow(editor.page).getByRole("button", { name: "إعادة مع هذا التعليق" })).toBeDisabled();
  await box.fill(note);
  await workflow(editor.page).getByRole("button", { name: "إعادة مع هذا التعليق" }).click();
  await expect(statusOf(editor.page)).toHaveText("مطلوب تعديلات");

  // Live: the checker's bell counts it without a reload, and quotes the editor's words.
  await expect(bell).toHaveText("1");
  await checker.page.getByRole("button", { name: /إشعار/ }).click();
  const item = checker.page.locator(".notification").first();
  await expect(item).toContainText("أعاد");
  await expect(item.getByTestId("notification-excerpt")).toHaveText(note);
  await item.getByRole("link").click();
  await expect(checker.page).toHaveURL(new RegExp(`/articles/${articleId}\\?claim=${claimId}`));
  await expect(checker.page.getByTestId("changes-requested")).toContainText(note);
  // Opening the claim read its notification.
  await expect(bell).toHaveCount(0);

  // The admin picked from the suggestions was told of the mention.
  const adminApi = await signedIn(browser, "ADMIN");
  const { notifications } = await ok(await adminApi.context.request.get("/api/v1/notifications"));
  expect(notifications.map((n: { kind: string; claimId: string }) => [n.kind, n.claimId])).toContainEqual([
    "MENTIONED",
    claimId,
  ]);

  // Resubmitting clears the note from the review bar.
  await workflow(checker.page).getByRole("button", { name: "إرسال للمراجعة" }).click();
  await expect(statusOf(checker.page)).toHaveText("قيد المراجعة");
  await expect(checker.page.getByTestId("changes-requested")).toHaveCount(0);
  await Promise.all([checker.context.close(), editor.context.close(), adminApi.context.close()]);
});

test("the History tab reads as sentences, in Arabic and in English", async ({ browser }) => {
  const checker = await signedIn(browser, "FACT_CHECKER");
  const editor = await signedIn(browser, "EDITOR");
  const { claimId } = await submittedClaim(checker.context.request);
  await ok(
    await editor.context.request.patch(`/api/v1/claims/${claimId}`, {
      data: { version: 5, checkWorthiness: "HIGH", tags: ["صحة"] },
    }),
  );
  const names = { checker: `FACT_CHECKER ${ws.slug}`, editor: `EDITOR ${ws.slug}` };
  await checker.page.goto(`/claims/${claimId}`);
  await checker.page.getByRole("tab", { name: "السجل" }).click();
  const history = checker.page.getByTestId("history");
  await expect(history.locator(".history-sentence").first()).toHaveText(
    `حدّد ${names.checker} الادعاء «أصيب 125 آخرون بجروح»`,
  );
  await expect(history).toContainText(`أرسل ${names.checker} الادعاء للمراجعة`);
  await expect(history).toContainText(`غيّر ${names.editor} الوسوم وأهمية التحقق`);
  await expect(history).toContainText("أهمية التحقق: لا شيء ← عالية");
  await expect(history).toContainText("التقييم: لا شيء ← مضلل");
  await expect(history).not.toContainText("HIGH");
  await expect(history).not.toContainText("history.");

  await checker.context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: checker.page.url() }]);
  await checker.page.reload();
  await checker.page.getByRole("tab", { name: "History" }).click();
  await expect(history.locator(".history-sentence").first()).toHaveText(
    `${names.checker} marked the claim «أصيب 125 آخرون بجروح»`,
  );
  await expect(history).toContainText(`${names.editor} changed the tags and the check-worthiness`);
  await expect(history).toContainText("Check-worthiness: none → High");
  await expect(history).toContainText("Rating: none → Misleading");
  await Promise.all([checker.context.close(), editor.context.close()]);
});
