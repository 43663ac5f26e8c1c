import { type Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { signInAs } from "./support/auth";
import { createSeedCopy, openArticle, paintedTexts, scrollToText } from "./support/annotate";

/** The rendered width of every word of the article, measured with a Range (layout, not DOM, is compared). */
function wordWidths(page: Page) {
  return page.evaluate(() => {
    const widths: number[] = [];
    const walker = document.createTreeWalker(document.querySelector(".article-text")!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (const match of node.data.matchAll(/\S+/gu)) {
        const range = document.createRange();
        range.setStart(node, match.index!);
        range.setEnd(node, match.index! + match[0].length);
        widths.push(Math.round([...range.getClientRects()].reduce((sum, r) => sum + r.width, 0) * 100) / 100);
      }
    }
    return widths;
  });
}

test("highlights never change how Arabic is shaped: every word keeps its width, even words cut by a highlight edge", async ({
  page,
  context,
}) => {
  await signInAs(context, "editor@sanad.test");
  const article = await createSeedCopy(context.request);
  await openArticle(page, article.id);
  const before = await wordWidths(page);
  expect(before.length).toBeGreaterThan(400);

  // Spans whose edges fall inside words (between joined letters), created through the API.
  const inside = (word: string, from: number, to: number) => {
    const at = [...article.text].join("").indexOf(word);
    const start = [...article.text.slice(0, at)].length + from;
    return { word, cut: [...word].slice(from, to).join(""), start, end: start + to - from };
  };
  const spans = [
    inside("الكاظمي", 2, 5),
    inside("المنطقة الخضراء", 3, 11),
    inside("بالمسؤولية", 1, 6),
    inside("الانتخابات", 4, 10),
  ];
  for (const { start, end } of spans)
    expect(
      (await context.request.post(`/api/v1/articles/${article.id}/claims`, { data: { start, end } })).status(),
    ).toBe(201);
  await openArticle(page, article.id);
  expect(spans[0].cut).toBe("كاظ"); // the highlight really cuts the word between joined letters
  // The painter paints the claims near the screen: bring each into view, see it painted, measure every word.
  for (const { word, cut } of spans) {
    await scrollToText(page, word);
    await expect.poll(() => paintedTexts(page, "claim-draft")).toContain(cut);
    expect(await wordWidths(page)).toEqual(before);
  }
});
