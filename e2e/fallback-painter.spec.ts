import { expect, test } from "./support/test";
import { signInAs } from "./support/auth";
import { createSeedCopy, openArticle, panelEntries } from "./support/annotate";

test("without the CSS Custom Highlight API, claims are drawn as boxes behind the untouched text", async ({
  page,
  context,
}) => {
  await context.addInitScript(() => {
    delete (window as { Highlight?: unknown }).Highlight;
  });
  await signInAs(context, "checker@sanad.test");
  const article = await createSeedCopy(context.request);
  await context.request.post(`/api/v1/articles/${article.id}/claims`, { data: { exact: "وكالة الأنباء الفرنسية" } });
  await openArticle(page, article.id);
  await expect(panelEntries(page)).toHaveCount(1);
  await expect(page.locator(".claim-overlay .claim-box").first()).toBeVisible();
  // The boxes cover exactly the claim's words, and the text nodes are not split or wrapped.
  const fit = await page.evaluate(() => {
    const box = document.querySelector(".claim-overlay .claim-box")!.getBoundingClientRect();
    const paragraph = document.querySelectorAll(".article-text p")[1];
    const text = paragraph.firstChild as Text;
    const at = text.data.indexOf("وكالة الأنباء الفرنسية");
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + "وكالة الأنباء الفرنسية".length);
    const words = range.getClientRects()[0];
    return {
      dx: Math.abs(box.left - words.left),
      dw: Math.abs(box.width - words.width),
      nodes: paragraph.childNodes.length,
    };
  });
  expect(fit.dx).toBeLessThan(1);
  expect(fit.dw).toBeLessThan(1);
  expect(fit.nodes).toBe(1);
  await page.locator(".claim-select").click();
  await expect(page.locator(".claim-overlay .claim-box.selected")).toHaveCount(1);
});
