import { readFile } from "node:fs/promises";
import { expect, test } from "./support/test";
import { signInAs } from "./support/auth";
import { findDemoArticle } from "./support/data";
import { readerBlocksIn } from "./support/html";

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

test("the first HTML response holds the seed's paragraphs and sub-heading, laid out as the reader shows them (no browser)", async ({
  request,
}) => {
  await signInAs(request, "viewer@sanad.test");
  const article = await findDemoArticle(request);
  const seed = (await readFile("prisma/seed/article-ar.txt", "utf8"))
    .trim()
    .split("\n")
    .map((line) => line.trim());
  const response = await request.get(`/articles/${article.id}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/html");
  // Parsed as markup, scripts ignored: the text must be in the elements, not only in the hydration data.
  const { attributes, blocks } = readerBlocksIn(await response.text());
  expect(attributes).toMatchObject({ dir: "rtl", lang: "ar", role: "region", tabindex: "0" });
  expect(attributes?.["aria-label"]).toBeTruthy();
  expect(blocks.map((b) => b.text)).toEqual(seed);
  expect(blocks.map((b, i) => (article.headings.includes(i) ? "h2" : "p"))).toEqual(blocks.map((b) => b.tag));
  expect(blocks.filter((b) => b.tag === "h2").map((b) => b.text)).toEqual(["ما قبل محاولة الاغتيال"]);
});
