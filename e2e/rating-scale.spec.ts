import { type APIRequestContext, type Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { signInAs } from "./support/auth";
import { createTestWorkspace, TEST_PASSWORD } from "./support/data";

const HOSTILE = '<b>صحيح</b> <img src=x onerror="window.__pwned=1">';

/** A claim in the workspace whose verdict uses `ratingKey`, made through the API as a fact-checker would. */
async function claimRated(api: APIRequestContext, ratingKey: string) {
  const article = await (
    await api.post("/api/v1/articles", { data: { title: "بيان الوزارة", body: "قال المتحدث إن الهجوم فشل تمامًا." } })
  ).json();
  const claim = await (
    await api.post(`/api/v1/articles/${article.id}/claims`, { data: { exact: "الهجوم فشل تمامًا" } })
  ).json();
  const { version } = await (await api.get(`/api/v1/claims/${claim.id}`)).json();
  const verdict = await api.put(`/api/v1/claims/${claim.id}/verdict`, { data: { version, ratingKey } });
  expect(verdict.status()).toBe(200);
}

const draftKeys = (page: Page) =>
  page.getByTestId("rating-draft").evaluateAll((items) => items.map((li) => li.getAttribute("data-key")));
const draft = (page: Page, key: string) => page.locator(`[data-testid="rating-draft"][data-key="${key}"]`);

test("an admin adds, reorders, retires and deletes ratings in Arabic; the scale survives a reload", async ({
  browser,
}) => {
  const ws = await createTestWorkspace("scale-ui");
  const checker = await browser.newContext();
  await signInAs(checker, ws.members.FACT_CHECKER.email, TEST_PASSWORD);
  await claimRated(checker.request, "misleading");

  const admin = await browser.newContext();
  await signInAs(admin, ws.members.ADMIN.email, TEST_PASSWORD);
  const page = await admin.newPage();
  await page.goto("/articles");
  await page.getByRole("link", { name: "سلّم التقييم" }).click();
  await expect(page.getByRole("heading", { name: "سلّم التقييم" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  expect(await draftKeys(page)).toEqual([
    "true",
    "mostly-true",
    "missing-context",
    "misleading",
    "false",
    "unverifiable",
  ]);
  await expect(draft(page, "misleading")).toContainText("يستخدمه ادعاء واحد");
  await expect(draft(page, "misleading").getByRole("button", { name: /^احذف/ })).toHaveCount(0);
  await expect(draft(page, "true").getByLabel("المفتاح")).toHaveAttribute("readonly", "");

  // Add: the key follows the English label.
  await page.getByRole("button", { name: "إضافة تقييم" }).click();
  const added = page.getByTestId("rating-draft").last();
  await expect(added.getByLabel("التسمية بالعربية")).toBeFocused();
  await added.getByLabel("التسمية بالعربية").fill("ساخر");
  await added.getByLabel("التسمية بالإنجليزية").fill("Satire");
  await expect(added.getByLabel("المفتاح")).toHaveValue("satire");
  await added.getByLabel("الوصف").fill("محتوى ساخر قد يُفهم على أنه حقيقي.");
  await added.getByLabel("اللون").fill("#8250df");
  await expect(added.locator(".rating-swatch")).toHaveCSS("background-color", "rgb(130, 80, 223)");

  // Reorder with the keyboard: focus stays on the moved rating's button.
  await page.getByRole("button", { name: "انقل «ساخر» إلى أعلى" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "انقل «ساخر» إلى أعلى" })).toBeFocused();
  await page.keyboard.press("Enter");
  expect(await draftKeys(page)).toEqual([
    "true",
    "mostly-true",
    "missing-context",
    "misleading",
    "satire",
    "false",
    "unverifiable",
  ]);

  // A rating without an Arabic label is refused beside that field, and nothing typed is lost.
  await page.getByRole("button", { name: "إضافة تقييم" }).click();
  await page.getByTestId("rating-draft").last().getByLabel("التسمية بالإنجليزية").fill("Half true");
  await draft(page, "true").getByLabel("الوصف").fill("وصف معدّل");
  await page.getByRole("button", { name: "حفظ السلّم" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("لم يُحفظ السلّم");
  const incomplete = draft(page, "half-true");
  await expect(incomplete.getByLabel("التسمية بالعربية")).toHaveAttribute("aria-invalid", "true");
  await expect(incomplete.locator(".field-error")).toHaveText("هذا الحقل مطلوب.");
  await expect(draft(page, "satire").getByLabel("التسمية بالإنجليزية")).toHaveValue("Satire");
  await expect(draft(page, "true").getByLabel("الوصف")).toHaveValue("وصف معدّل");
  await page.getByRole("button", { name: "احذف «Half true»" }).click();

  // Retire the used rating, delete an unused one, and put markup in a label.
  await page.getByRole("button", { name: "أوقف «مضلل»" }).click();
  await expect(draft(page, "misleading")).toHaveAttribute("data-retired", "true");
  await page.getByRole("button", { name: "احذف «لا يمكن التحقق»" }).click();
  await draft(page, "mostly-true").getByLabel("التسمية بالعربية").fill(HOSTILE);
  await page.getByRole("button", { name: "حفظ السلّم" }).click();
  await expect(page.getByTestId("scale-status")).toHaveText("حُفظ السلّم.");

  await page.reload();
  const expected = ["true", "mostly-true", "missing-context", "misleading", "satire", "false"];
  await expect.poll(() => draftKeys(page)).toEqual(expected);
  const satire = draft(page, "satire");
  await expect(satire.getByLabel("التسمية بالعربية")).toHaveValue("ساخر");
  await expect(satire.getByLabel("التسمية بالإنجليزية")).toHaveValue("Satire");
  await expect(satire.getByLabel("المفتاح")).toHaveAttribute("readonly", "");
  await expect(draft(page, "misleading").locator("legend")).toContainText("موقوف");
  await expect(page.getByRole("button", { name: "استعد «مضلل»" })).toBeVisible();
  await expect(draft(page, "mostly-true").locator("legend bdi")).toHaveText(HOSTILE);
  await expect(page.locator("main img, main b")).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

  const scale = await (await admin.request.get("/api/v1/rating-scale")).json();
  expect(scale.ratings.map((r: { key: string }) => r.key)).toEqual(expected);
  expect(scale.ratings.find((r: { key: string }) => r.key === "misleading")).toMatchObject({
    retired: true,
    usedBy: 1,
  });
  await Promise.all([checker.close(), admin.close()]);
});

test("viewers and fact-checkers read the scale without edit controls, and cannot change it", async ({ browser }) => {
  const ws = await createTestWorkspace("scale-ro");
  for (const role of ["VIEWER", "FACT_CHECKER"] as const) {
    const context = await browser.newContext();
    await signInAs(context, ws.members[role].email, TEST_PASSWORD);
    const page = await context.newPage();
    await page.goto("/articles");
    await expect(page.getByRole("link", { name: "المقالات" }).first()).toBeVisible();
    await expect(page.getByRole("link", { name: "سلّم التقييم" })).toHaveCount(0);

    await page.goto("/settings/rating-scale");
    const table = page.getByTestId("rating-table");
    await expect(table.getByRole("row", { name: /ينقصه سياق/ })).toContainText("الادعاء قد يضلل من دون سياق إضافي.");
    await expect(page.locator("main").getByRole("button")).toHaveCount(0);
    await expect(page.locator("main input, main select, main textarea")).toHaveCount(0);

    const scale = await (await context.request.get("/api/v1/rating-scale")).json();
    const put = await context.request.put("/api/v1/rating-scale", {
      data: {
        ratings: scale.ratings.slice(0, 2).map(({ key, labelAr, labelEn, color, value }: Record<string, unknown>) => ({
          key,
          labelAr,
          labelEn,
          color,
          value,
        })),
      },
    });
    expect(put.status(), role).toBe(403);
    expect((await put.json()).error.code).toBe("forbidden");
    await context.close();
  }

  // In the English UI the same badges read in English, left to right.
  const context = await browser.newContext();
  await signInAs(context, ws.members.VIEWER.email, TEST_PASSWORD);
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: "http://127.0.0.1" }]);
  const page = await context.newPage();
  await page.goto("/settings/rating-scale");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.getByTestId("rating-table").locator("tbody tr").first().locator(".rating-badge")).toHaveText(
    "True",
  );
  await context.close();
});
