import { readFile } from "node:fs/promises";
import { expect, test } from "./support/test";
import { signInAs } from "./support/auth";
import { findDemoArticle } from "./support/data";

test("the seeded article reads right to left in the shipped Arabic font, its text equal to the seed", async ({
  context,
  page,
}) => {
  await signInAs(context, "viewer@sanad.test");
  const article = await findDemoArticle(page.request);
  const seed = (await readFile("prisma/seed/article-ar.txt", "utf8"))
    .trim()
    .split("\n")
    .map((line) => line.trim());

  await page.goto(`/articles/${article.id}`);
  const body = page.getByTestId("article-body");
  await expect(body).toHaveAttribute("dir", "rtl");
  await expect(body).toHaveAttribute("lang", "ar");
  const blocks = body.locator(".article-text > *");
  await expect(blocks).toHaveCount(seed.length);
  expect(await blocks.allInnerTexts()).toEqual(seed);
  await expect(body.locator("h2")).toHaveText("ما قبل محاولة الاغتيال");
  expect(article.text).toBe(seed.join("\n\n"));

  const font = await page.evaluate(async () => {
    await document.fonts.ready;
    const paragraph = document.querySelector(".article-text p")!;
    const loaded = [...document.fonts].filter((f) => f.family.includes("Noto Naskh Arabic") && f.status === "loaded");
    return {
      family: getComputedStyle(paragraph).fontFamily,
      loaded: loaded.length,
      check: document.fonts.check('20px "Noto Naskh Arabic"', "نجا"),
    };
  });
  expect(font.family.startsWith('"Noto Naskh Arabic"')).toBe(true);
  expect(font.loaded).toBeGreaterThan(0);
  expect(font.check).toBe(true);
});

test("no font or script is fetched from another host", async ({ context, page }) => {
  const external: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith("http://127.0.0.1")) external.push(request.url());
  });
  await signInAs(context, "viewer@sanad.test");
  const article = await findDemoArticle(page.request);
  await page.goto(`/articles/${article.id}`);
  await expect(page.locator(".article-text p").first()).toBeVisible();
  expect(external).toEqual([]);
});
