import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { createSeedCopy, openArticle, paintedTexts, panelEntries, pointsOf } from "./support/annotate";
import { signInAs } from "./support/auth";
import { createTestWorkspace, TEST_PASSWORD } from "./support/data";

// The seed article says "فجر الأحد 6 نوفمبر/تشرين الثاني 2021": 6 November 2021 was a Saturday.
const PLANTED = "الأحد 6 نوفمبر/تشرين الثاني 2021";
const EXPLANATION_AR = "6 نوفمبر 2021 كان يوم السبت، لا الأحد.";
const EXPLANATION_EN = "6 November 2021 was a Saturday, not a Sunday.";
const SIT_IN = "حيث يعتصم متظاهرون أمام اثنتين من بواباتها الأربع منذ أكثر من أسبوعين";
const SECURITY_SOURCE = "مصدر أمني قال لوكالة الأنباء الفرنسية";

type TSuggestion = { start: number; end: number; quote: string };

async function suggestionStarting(api: APIRequestContext, articleId: string, words: string) {
  const { suggestions } = await (await api.get(`/api/v1/articles/${articleId}/suggestions`)).json();
  const found = (suggestions as TSuggestion[]).find((s) => s.quote.startsWith(words));
  expect(found, `a suggestion starting with ${words}`).toBeTruthy();
  return found!;
}

const markOf = (page: Page, suggestion: TSuggestion) =>
  page.locator(`[data-testid="suggestion-mark"][data-start="${suggestion.start}"]`);

async function storedClaims(api: APIRequestContext, articleId: string) {
  const { claims } = await (await api.get(`/api/v1/articles/${articleId}/claims`)).json();
  return (claims as { id: string; selector: { exact: string } }[]).map((c) => ({ id: c.id, exact: c.selector.exact }));
}

test.describe("claim finder", () => {
  test.beforeEach(async ({ context }) => signInAs(context, "checker@sanad.test"));

  test("a planted weekday error is underlined and explained on hover; a claim made from it carries the explanation", async ({
    page,
    context,
  }) => {
    const article = await createSeedCopy(context.request);
    await openArticle(page, article.id);
    const finding = page.getByTestId("finding");
    await expect(finding).toHaveCount(1);
    await expect(finding).toContainText(EXPLANATION_AR);
    await expect(finding.locator("q")).toHaveText(PLANTED);
    await expect.poll(() => paintedTexts(page, "finder-error")).toEqual([PLANTED]);
    // The underline only paints: the words are still one text node of their paragraph.
    expect(
      await page
        .locator(".article-text p")
        .first()
        .evaluate((p) => p.childNodes.length),
    ).toBe(1);

    const { start } = await pointsOf(page, PLANTED);
    await page.mouse.move(start.x - 2, start.y);
    const tooltip = page.getByTestId("finding-tooltip");
    await expect(tooltip).toContainText(EXPLANATION_AR);
    await tooltip.getByRole("button", { name: "إنشاء ادعاء بهذه الملاحظة" }).click();

    await page.getByRole("tab", { name: /التعليقات/ }).click();
    await expect(page.getByTestId("comments").locator(".comment-body")).toHaveText(EXPLANATION_AR);
    await expect
      .poll(async () => (await storedClaims(context.request, article.id)).map((c) => c.exact))
      .toEqual([PLANTED]);
  });

  test("in English, by keyboard: the Checks list explains the finding and makes the claim with its note", async ({
    page,
    context,
  }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: "http://127.0.0.1" }]);
    const article = await createSeedCopy(context.request);
    await openArticle(page, article.id);
    const finding = page.getByTestId("finding");
    await expect(finding).toContainText(EXPLANATION_EN);
    await finding.getByRole("button", { name: "Show in the text" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => paintedTexts(page, "finder-active")).toEqual([PLANTED]);
    await page.keyboard.press("Tab");
    await expect(finding.getByRole("button", { name: "Make a claim with this note" })).toBeFocused();
    await page.keyboard.press("Enter");
    await page.getByRole("tab", { name: /Comments/ }).click();
    await expect(page.getByTestId("comments").locator(".comment-body")).toHaveText(EXPLANATION_EN);
  });

  test("a suggestion shows its reasons beside the sentence; Accept makes a claim of it, snapped to its words", async ({
    page,
    context,
  }) => {
    const article = await createSeedCopy(context.request);
    const sitIn = await suggestionStarting(context.request, article.id, SIT_IN);
    await openArticle(page, article.id);
    const mark = markOf(page, sitIn);
    await mark.hover();
    const card = page.getByTestId("suggestion-card");
    await expect(card).toContainText("جدير بالتحقق");
    await expect(card).toContainText("رقم");
    await expect(card.locator(".finder-words").first()).toHaveText("اثنتين");
    // A mark sits in the margin: beside the sentence, not on its words.
    const [markBox, textBox] = [await mark.boundingBox(), await page.locator(".article-text").boundingBox()];
    expect(markBox!.x).toBeGreaterThanOrEqual(textBox!.x + textBox!.width - 1);
    await card.getByRole("button", { name: "إنشاء ادعاء" }).click();
    await expect(panelEntries(page)).toHaveCount(1);
    await expect(panelEntries(page).first().locator("q")).toHaveText(SIT_IN);
    await expect
      .poll(async () => (await storedClaims(context.request, article.id)).map((c) => c.exact))
      .toEqual([SIT_IN]);
    await expect(mark).toHaveCount(0);
  });

  test("dismissing a suggestion survives a reload and can be undone", async ({ page, context }) => {
    const article = await createSeedCopy(context.request);
    const source = await suggestionStarting(context.request, article.id, SECURITY_SOURCE);
    await openArticle(page, article.id);
    await markOf(page, source).hover();
    await page.getByTestId("suggestion-card").getByRole("button", { name: "تجاهل" }).click();
    await expect(markOf(page, source)).toHaveCount(0);
    await expect(page.getByTestId("dismissed-toast")).toBeVisible();

    await page.reload();
    await expect(page.locator(".article-body[data-tools=ready]")).toBeVisible();
    await expect(page.getByTestId("suggestion-mark").first()).toBeVisible();
    await expect(markOf(page, source)).toHaveCount(0);
    const dismissed = page.locator(".finder-dismissed");
    await dismissed.locator("summary").click();
    await expect(dismissed).toContainText("اقتراح متجاهل واحد");
    await dismissed.getByRole("button", { name: "استعادة" }).click();
    await expect(markOf(page, source)).toHaveCount(1);
  });

  test("by keyboard, in English: Tab reaches the marks, focus shows the reasons, Enter accepts or dismisses, Undo restores", async ({
    page,
    context,
  }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: "http://127.0.0.1" }]);
    const article = await createSeedCopy(context.request);
    await openArticle(page, article.id);
    await page.locator(".article-text").focus();
    await page.keyboard.press("Tab");
    const first = page.getByTestId("suggestion-mark").first();
    await expect(first).toBeFocused();
    const card = page.getByTestId("suggestion-card");
    await expect(card).toContainText("Worth checking");
    await page.keyboard.press("Tab");
    await expect(card.getByRole("button", { name: "Make a claim" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await storedClaims(context.request, article.id)).length).toBe(1);

    const next = page.getByTestId("suggestion-mark").nth(1);
    await next.focus();
    await page.keyboard.press("Escape");
    await expect(card).toHaveCount(0);
    await next.focus();
    await page.keyboard.press("Enter");
    await expect(card).toBeVisible();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(card.getByRole("button", { name: "Dismiss" })).toBeFocused();
    const before = await page.getByTestId("suggestion-mark").count();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("suggestion-mark")).toHaveCount(before - 1);
    const undo = page.getByTestId("dismissed-toast").getByRole("button", { name: "Undo" });
    await undo.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("suggestion-mark")).toHaveCount(before);
  });

  test("findings follow the text: an edit elsewhere keeps the underline on its words, fixing the weekday removes it", async ({
    page,
    context,
  }) => {
    const article = await createSeedCopy(context.request);
    await openArticle(page, article.id);
    await expect.poll(() => paintedTexts(page, "finder-error")).toEqual([PLANTED]);
    const patch = (text: string, revision: number) =>
      context.request.patch(`/api/v1/articles/${article.id}`, { data: { text, revision } });
    const edited = `مقدمة أضافها المحرر.\n\n${article.text}`;
    expect((await patch(edited, 1)).status()).toBe(200);
    await expect(page.locator(".article-text p").first()).toHaveText("مقدمة أضافها المحرر.");
    await expect.poll(() => paintedTexts(page, "finder-error")).toEqual([PLANTED]);
    expect((await patch(edited.replace("فجر الأحد 6", "فجر السبت 6"), 2)).status()).toBe(200);
    await expect(page.getByTestId("finding")).toHaveCount(0);
    await expect.poll(() => paintedTexts(page, "finder-error")).toEqual([]);
  });
});

test("an admin turns suggestions off for the workspace; checkers then see checks but no marks", async ({ browser }) => {
  const ws = await createTestWorkspace("finder-settings");
  const admin = await browser.newContext();
  await signInAs(admin, ws.members.ADMIN.email, TEST_PASSWORD);
  const adminPage = await admin.newPage();
  await adminPage.goto("/settings/finder");
  const toggle = adminPage.getByLabel("عرض الاقتراحات في القارئ");
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await expect(adminPage.getByRole("status").filter({ hasText: "حُفظ." })).toBeVisible();

  const checker = await browser.newContext();
  await signInAs(checker, ws.members.FACT_CHECKER.email, TEST_PASSWORD);
  const article = await createSeedCopy(checker.request);
  const page = await checker.newPage();
  await openArticle(page, article.id);
  await expect(page.getByTestId("finding")).toHaveCount(1);
  await expect(page.getByTestId("checks-panel")).toContainText("الاقتراحات متوقفة في مساحة العمل هذه.");
  await expect(page.getByTestId("suggestion-mark")).toHaveCount(0);
  const put = await checker.request.put("/api/v1/finder-settings", { data: { suggestions: true } });
  expect(put.status()).toBe(403);
  await admin.close();
  await checker.close();
});

test("the finder's API refuses what it cannot use, in the reader's language", async ({ browser }) => {
  const ws = await createTestWorkspace("finder-api");
  const viewer = await browser.newContext();
  await signInAs(viewer, ws.members.VIEWER.email, TEST_PASSWORD);
  const checker = await browser.newContext();
  await signInAs(checker, ws.members.FACT_CHECKER.email, TEST_PASSWORD);
  const article = await createSeedCopy(checker.request);
  const dismissals = `/api/v1/articles/${article.id}/suggestions/dismissals`;

  const hostile = await checker.request.post(dismissals, { data: { start: "<script>alert(1)</script>", end: 3 } });
  expect(hostile.status()).toBe(422);
  expect((await hostile.json()).error.fields.start).toBeTruthy();
  const nowhere = await checker.request.post(dismissals, {
    data: { start: 0, end: 3 },
    headers: { "accept-language": "ar" },
  });
  expect(nowhere.status()).toBe(422);
  expect((await nowhere.json()).error.fields.start).toContain("لا يوجد اقتراح");
  const extra = await checker.request.post(dismissals, { data: { start: 0, end: 3, quote: "x" } });
  expect(extra.status()).toBe(422);
  expect((await checker.request.get("/api/v1/articles/not-an-article/checks")).status()).toBe(404);
  expect((await checker.request.delete(`${dismissals}/${"x".repeat(30)}`)).status()).toBe(404);

  const { suggestions } = await (await viewer.request.get(`/api/v1/articles/${article.id}/suggestions`)).json();
  const { start, end } = suggestions[0];
  expect((await viewer.request.post(dismissals, { data: { start, end } })).status()).toBe(403);
  const checks = await viewer.request.get(`/api/v1/articles/${article.id}/checks`, {
    headers: { "accept-language": "en-GB,en;q=0.9" },
  });
  expect((await checks.json()).findings[0].message).toBe(EXPLANATION_EN);

  const outsider = await browser.newContext();
  await signInAs(outsider, "admin@sanad.test");
  expect((await outsider.request.get(`/api/v1/articles/${article.id}/suggestions`)).status()).toBe(404);
  const badSetting = await outsider.request.put("/api/v1/finder-settings", { data: { suggestions: "no" } });
  expect(badSetting.status()).toBe(422);
  await Promise.all([viewer.close(), checker.close(), outsider.close()]);
});
