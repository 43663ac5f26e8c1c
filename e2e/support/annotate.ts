import { readFile } from "node:fs/promises";
import { expect, type APIRequestContext, type Page } from "@playwright/test";

/** A fresh copy of the seed article, so tests that add claims never see each other's. */
export async function createSeedCopy(
  request: APIRequestContext,
  title = `نسخة للاختبار ${Date.now()}-${Math.random()}`,
) {
  const body = await readFile("prisma/seed/article-ar.txt", "utf8");
  const response = await request.post("/api/v1/articles", { data: { title, body } });
  expect(response.status()).toBe(201);
  return (await response.json()) as { id: string; title: string; text: string; revision: number };
}

export async function openArticle(page: Page, id: string) {
  await page.goto(`/articles/${id}`);
  await expect(page.locator(".article-text p").first()).toBeVisible();
  // The text is server-rendered: wait until the tools have attached to it after hydration.
  await expect(page.locator(".article-body[data-tools=ready]")).toBeVisible();
  await expect(page.locator(".live-dot.on")).toBeVisible();
}

/** Screen points at the logical start and end of a substring of the rendered article (RTL aware). */
export async function pointsOf(page: Page, needle: string, occurrence = 0) {
  return page.evaluate(
    ([needle, occurrence]) => {
      const root = document.querySelector(".article-text")!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (let at = node.data.indexOf(needle); at !== -1; at = node.data.indexOf(needle, at + 1)) {
          if (seen++ !== occurrence) continue;
          const rectOf = (i: number) => {
            const r = document.createRange();
            r.setStart(node, i);
            r.setEnd(node, i + 1);
            return r.getClientRects()[0];
          };
          const rtl = getComputedStyle(node.parentElement!).direction === "rtl";
          const first = rectOf(at);
          const last = rectOf(at + needle.length - 1);
          return {
            start: { x: rtl ? first.right - 1 : first.left + 1, y: first.top + first.height / 2 },
            end: { x: rtl ? last.left + 1 : last.right - 1, y: last.top + last.height / 2 },
          };
        }
      }
      throw new Error(`"${needle}" is not in the article`);
    },
    [needle, occurrence] as const,
  );
}

/** Drags the mouse over a substring, as a person selecting it would. */
export async function dragSelect(page: Page, needle: string, occurrence = 0) {
  const { start, end } = await pointsOf(page, needle, occurrence);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 4 });
  await page.mouse.move(end.x, end.y, { steps: 4 });
  await page.mouse.up();
}

export const panelEntries = (page: Page) => page.getByTestId("claim-list").locator(".claim-entry");

/** The text of every Range painted in a highlight layer. */
export async function paintedTexts(page: Page, layer: string) {
  return page.evaluate(
    (layer) => [...(CSS.highlights.get(layer) ?? [])].map((range) => (range as Range).toString()),
    layer,
  );
}

/** Selects a substring through the Selection API, as keyboard, touch or assistive tools do. */
export async function selectText(page: Page, needle: string) {
  await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.querySelector(".article-text")!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(needle);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      return;
    }
    throw new Error(`"${needle}" is not in the article`);
  }, needle);
}

/** Scrolls the page so that the first occurrence of a substring of the article is in the middle of the screen. */
export async function scrollToText(page: Page, needle: string) {
  const { start } = await pointsOf(page, needle);
  await page.evaluate((y) => window.scrollBy(0, y - window.innerHeight / 2), start.y);
}

/**
 * The text of every Range painted in a highlight layer anywhere in the article, as a reader scrolling
 * through it from top to bottom sees them (the painter registers only the claims near the screen).
 */
export async function paintedThroughout(page: Page, layer: string) {
  return page.evaluate(async (layer) => {
    const twoFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const root = document.querySelector(".article-text")!;
    const offsetOf = (range: Range) => {
      const before = document.createRange();
      before.setStart(root, 0);
      before.setEnd(range.startContainer, range.startOffset);
      return before.toString().length;
    };
    const found = new Map<string, string>();
    const { top, bottom } = root.getBoundingClientRect();
    const [start, end] = [top + window.scrollY - window.innerHeight, bottom + window.scrollY];
    for (let y = start; ; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await twoFrames();
      for (const range of CSS.highlights.get(layer) ?? [])
        found.set(`${offsetOf(range as Range)}:${range.toString()}`, range.toString());
      if (y >= end) break;
    }
    return [...found.values()];
  }, layer);
}
