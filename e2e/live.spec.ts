import { expect, test } from "./support/test";
import { signInAs } from "./support/auth";
import { createSeedCopy, openArticle, panelEntries, selectText } from "./support/annotate";

test("claims added and deleted by one person appear for another within 2 seconds, without reload", async ({
  browser,
}) => {
  const checkerContext = await browser.newContext();
  const editorContext = await browser.newContext();
  await signInAs(checkerContext, "checker@sanad.test");
  await signInAs(editorContext, "editor@sanad.test");
  const article = await createSeedCopy(checkerContext.request);
  const checker = await checkerContext.newPage();
  const editor = await editorContext.newPage();
  await openArticle(checker, article.id);
  await openArticle(editor, article.id);

  await selectText(checker, "وكالة رويترز");
  await checker.getByRole("button", { name: "إضافة ادعاء" }).click();
  await expect(panelEntries(checker)).toHaveCount(1);
  await expect(panelEntries(editor).locator("q")).toHaveText("وكالة رويترز", { timeout: 2000 });

  await panelEntries(editor).getByRole("button", { name: "حذف" }).click();
  await editor.getByRole("button", { name: "حذف الادعاء" }).click();
  await expect(panelEntries(checker)).toHaveCount(0, { timeout: 2000 });

  // A change made while a reader is offline reaches it when it reconnects.
  await editorContext.setOffline(true);
  await checkerContext.request.post(`/api/v1/articles/${article.id}/claims`, { data: { exact: "125 آخرون" } });
  await editor.waitForTimeout(1500);
  await editorContext.setOffline(false);
  await expect(panelEntries(editor).locator("q")).toHaveText("125 آخرون", { timeout: 8000 });
  await checkerContext.close();
  await editorContext.close();
});
