import { readFile } from "node:fs/promises";
import { expect, test } from "./support/test";
import { signInAs } from "./support/auth";
import { openArticle, paintedTexts, panelEntries, pointsOf } from "./support/annotate";

const NEAR = "افتتح المحرر هذا التقرير الطويل بملاحظة";
const FAR = "انتهت الجلسة الأخيرة دون اتفاق";

/** The seed article ten times over (about twenty screens), between a first and a last sentence found once. */
async function createLongArticle(request: import("@playwright/test").APIRequestContext) {
  const seed = (await readFile("prisma/seed/article-ar.txt", "utf8")).trim();
  const body = [`${NEAR} قصيرة.`, ...Array.from({ length: 10 }, () => seed), `وفي الختام ${FAR} بين الطرفين.`].join(
    "\n\n",
  );
  const response = await request.post("/api/v1/articles", {
    data: { title: `مقال طويل ${Date.now()}-${Math.random()}`, body },
  });
  expect(response.status()).toBe(201);
  const article = (await response.json()) as { id: string };
  for (const exact of [NEAR, FAR])
    expect((await request.post(`/api/v1/articles/${article.id}/claims`, { data: { exact } })).status()).toBe(201);
  return article;
}

test.beforeEach(async ({ context }) => signInAs(context, "checker@sanad.test"));

test("a claim far down a long article is painted once scrolled into view, and a click there selects it", async ({
  page,
  context,
}) => {
  const article = await createLongArticle(context.request);
  await openArticle(page, article.id);
  await expect(panelEntries(page)).toHaveCount(2);
  // Only the claims near the screen are handed to the browser.
  await expect.poll(() => paintedTexts(page, "claim-draft")).toEqual([NEAR]);

  await page.locator(".article-text p").last().scrollIntoViewIfNeeded();
  await expect.poll(() => paintedTexts(page, "claim-draft")).toEqual([FAR]);
  const { start } = await pointsOf(page, FAR);
  await page.mouse.click(start.x - 4, start.y);
  await expect(page.locator(".claim-select[aria-current=true] q")).toHaveText(FAR);

  await page.locator(".article-text p").first().scrollIntoViewIfNeeded();
  await expect.poll(() => paintedTexts(page, "claim-draft")).toEqual([NEAR]);
});

test("choosing a far claim in the panel scrolls to it and paints it", async ({ page, context }) => {
  const article = await createLongArticle(context.request);
  await openArticle(page, article.id);
  await panelEntries(page).filter({ hasText: FAR }).locator(".claim-select").click();
  await expect.poll(() => paintedTexts(page, "claim-selected")).toEqual([FAR]);
  await expect.poll(() => paintedTexts(page, "claim-draft")).toContain(FAR);
  await expect(page.locator(".article-text p").last()).toBeInViewport();
});
