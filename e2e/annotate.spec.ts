import { expect, test } from "./support/test";
import { signInAs } from "./support/auth";
import {
  createSeedCopy,
  dragSelect,
  openArticle,
  paintedTexts,
  panelEntries,
  pointsOf,
  selectText,
} from "./support/annotate";

test.beforeEach(async ({ context }) => signInAs(context, "checker@sanad.test"));

test("a checker selects words with the mouse and adds a claim, snapped to whole words", async ({ page, context }) => {
  const article = await createSeedCopy(context.request);
  await openArticle(page, article.id);
  await dragSelect(page, "ائرة مسيّرة مفخّ"); // starts and ends inside words
  await page.getByRole("button", { name: "إضافة ادعاء" }).click();
  await expect(panelEntries(page)).toHaveCount(1);
  await expect(panelEntries(page).first().locator("q")).toHaveText("طائرة مسيّرة مفخّخة");
  await expect.poll(() => paintedTexts(page, "claim-draft")).toEqual(["طائرة مسيّرة مفخّخة"]);
  // The panel shows the claim before the server has stored it: read until it has.
  const stored = async () =>
    (await (await context.request.get(`/api/v1/articles/${article.id}/claims`)).json()).claims.map(
      (c: { selector: { exact: string } }) => c.selector.exact,
    );
  await expect.poll(stored).toEqual(["طائرة مسيّرة مفخّخة"]);
  await page.reload();
  await expect(panelEntries(page)).toHaveCount(1);
  await page.goto("/articles");
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: article.title }) });
  await expect(row.getByTestId("claim-counts")).toContainText("مسودة 1");
});

test("a checker extends a selection with Shift+arrows and adds it with the keyboard shortcut", async ({
  page,
  context,
}) => {
  const article = await createSeedCopy(context.request);
  await openArticle(page, article.id);
  await selectText(page, "نيد");
  for (let i = 0; i < 7; i++) await page.keyboard.press("Shift+ArrowLeft"); // RTL: visually left is logically forward
  await page.keyboard.press("Alt+KeyA");
  await expect(panelEntries(page)).toHaveCount(1);
  await expect(panelEntries(page).first().locator("q")).toHaveText("نيد برايس");
});

test("overlapping claims both stay painted and selectable; a claim may cross a paragraph break", async ({
  page,
  context,
}) => {
  const article = await createSeedCopy(context.request);
  const post = (data: object) => context.request.post(`/api/v1/articles/${article.id}/claims`, { data });
  expect((await post({ exact: "محاولة اغتيال فاشلة" })).status()).toBe(422); // twice in the text: ambiguous
  expect((await post({ exact: "محاولة اغتيال فاشلة، بواسطة" })).status()).toBe(201);
  expect((await post({ exact: 'اغتيال فاشلة، بواسطة "طائرة' })).status()).toBe(201);
  const across = await post({ exact: "وخارجها.\n\nمن جانبها" });
  expect(across.status()).toBe(201);
  await openArticle(page, article.id);
  await expect(panelEntries(page)).toHaveCount(3);
  await expect.poll(async () => (await paintedTexts(page, "claim-draft")).length).toBe(3);

  const { start } = await pointsOf(page, "فاشلة،");
  await page.mouse.click(start.x - 4, start.y);
  const selected = page.locator(".claim-select[aria-current=true] q");
  const first = await selected.textContent();
  await page.waitForTimeout(700); // not a double-click, which selects a word instead
  await page.mouse.click(start.x - 4, start.y);
  await expect(selected).not.toHaveText(first!);
  await panelEntries(page).filter({ hasText: "وخارجها" }).locator(".claim-select").click();
  await expect.poll(() => paintedTexts(page, "claim-selected")).toEqual(["وخارجها.من جانبها"]);
});

test("the panel filters by status and deleting asks for confirmation", async ({ page, context }) => {
  const article = await createSeedCopy(context.request);
  await context.request.post(`/api/v1/articles/${article.id}/claims`, { data: { exact: "125 آخرون" } });
  await openArticle(page, article.id);
  await page.getByRole("button", { name: "قيد المراجعة (0)" }).click();
  await expect(panelEntries(page)).toHaveCount(0);
  await page.getByRole("button", { name: "مسودة (1)" }).click();
  await expect(panelEntries(page)).toHaveCount(1);
  await panelEntries(page).getByRole("button", { name: "حذف" }).click();
  await page.getByRole("button", { name: "إلغاء" }).click();
  await expect(panelEntries(page)).toHaveCount(1);
  await panelEntries(page).getByRole("button", { name: "حذف" }).click();
  await page.getByRole("button", { name: "حذف الادعاء" }).click();
  await expect(panelEntries(page)).toHaveCount(0);
  await expect.poll(() => paintedTexts(page, "claim-draft")).toEqual([]);
  // The panel removes the claim before the server answers the DELETE, so read until the server agrees.
  await expect
    .poll(async () => (await (await context.request.get(`/api/v1/articles/${article.id}/claims`)).json()).claims)
    .toEqual([]);
});

test("mixed Arabic, Latin and both digit sets highlight exactly the chosen characters", async ({ page, context }) => {
  const body = "قال المتحدث Ned Price يوم 6 نوفمبر/تشرين الثاني 2021 إن ١٢٥ شخصاً أصيبوا 👨‍👩‍👧 في بغداد.";
  const article = await (
    await context.request.post("/api/v1/articles", { data: { title: `مختلط ${Date.now()}`, body } })
  ).json();
  for (const exact of ["Ned Price", "6 نوفمبر/تشرين الثاني 2021", "١٢٥ شخصاً", "👨‍👩‍👧"]) {
    expect((await context.request.post(`/api/v1/articles/${article.id}/claims`, { data: { exact } })).status()).toBe(
      201,
    );
  }
  await openArticle(page, article.id);
  await expect
    .poll(async () => (await paintedTexts(page, "claim-draft")).sort())
    .toEqual(["6 نوفمبر/تشرين الثاني 2021", "Ned Price", "١٢٥ شخصاً", "👨‍👩‍👧"].sort());
});
