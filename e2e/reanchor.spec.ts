import { expect, test } from "./support/test";
import { signInAs } from "./support/auth";
import { createSeedCopy, openArticle, paintedThroughout, panelEntries, pointsOf, selectText } from "./support/annotate";

test("editing the text keeps claims on their words, and a deleted sentence's claim is detached and can be re-attached", async ({
  page,
  context,
}) => {
  await signInAs(context, "editor@sanad.test");
  const article = await createSeedCopy(context.request);
  const post = (exact: string) => context.request.post(`/api/v1/articles/${article.id}/claims`, { data: { exact } });
  await post("125 آخرون بجروح");
  await post("أنا بخير والحمد لله وسط شعبي");
  await post("دبلوماسيون غربيون");
  await openArticle(page, article.id);

  // Insert text before the claims, through the editing mode.
  await page.getByRole("button", { name: "تحرير النص" }).click();
  const editor = page.getByTestId("article-editor").locator(".ProseMirror");
  await expect(editor).toHaveAttribute("contenteditable", "true");
  const { start } = await pointsOf(page, "نجا رئيس");
  await page.mouse.click(start.x, start.y); // the right edge of the first letter: where RTL text starts
  await page.keyboard.type("عاجل: ");
  await page.getByRole("button", { name: "حفظ نسخة جديدة" }).click();
  await expect(page.getByRole("status").filter({ hasText: "حُفظت النسخة 2" })).toBeVisible();
  await expect(page.locator(".article-text p").first()).toContainText("عاجل: نجا");
  await expect
    .poll(async () => (await paintedThroughout(page, "claim-draft")).sort())
    .toEqual(["125 آخرون بجروح", "أنا بخير والحمد لله وسط شعبي", "دبلوماسيون غربيون"].sort());

  // Change a word inside one claim and delete another's sentence, through the API.
  const current = await (await context.request.get(`/api/v1/articles/${article.id}`)).json();
  const text = current.text
    .replace("125 آخرون بجروح", "126 آخرون بجروح")
    .replace(/بدوره سارع الكاظمي[^\n]*/u, "بدوره طمأن الكاظمي العراقيين.");
  const saved = await (
    await context.request.patch(`/api/v1/articles/${article.id}`, { data: { text, revision: current.revision } })
  ).json();
  expect(saved).toMatchObject({ reanchored: 2, orphaned: 1 });

  await expect
    .poll(async () => (await paintedThroughout(page, "claim-draft")).sort(), { timeout: 5000 })
    .toEqual(["126 آخرون بجروح", "دبلوماسيون غربيون"].sort());
  const orphans = page.getByTestId("orphan-list").locator(".claim-entry");
  await expect(orphans).toHaveCount(1);
  await expect(orphans.locator("q")).toHaveText("أنا بخير والحمد لله وسط شعبي");
  await expect(orphans.locator(".orphan-reason")).toContainText(/لم تعد الكلمات المقتبسة موجودة|تغيّر كثيرًا|يطابق/);

  await selectText(page, "طمأن الكاظمي العراقيين");
  await orphans.getByRole("button", { name: "إرفاق هنا" }).click();
  await expect(page.getByTestId("orphan-list")).toHaveCount(0);
  await expect(panelEntries(page).filter({ hasText: "طمأن الكاظمي العراقيين" })).toHaveCount(1);
});
