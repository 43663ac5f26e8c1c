import { expect, test } from "./support/test";
import { signInAs } from "./support/auth";

test("a fact-checker creates an article in the browser, finds it in the list and opens it", async ({
  context,
  page,
}) => {
  await signInAs(context, "checker@sanad.test");
  await page.goto("/articles/new");
  const title = `بيان وزارة الصحة ${Date.now()}`;
  await page.getByLabel("العنوان").fill(title);
  await page
    .getByLabel("نص المقال")
    .fill("قالت وزارة الصحة إن 125 شخصاً أصيبوا.\n\nوأضاف المتحدث Ned Price أن الهجوم إرهابي.");
  await expect(page.getByTestId("detected-direction")).toContainText("من اليمين إلى اليسار");
  await page.getByLabel("رابط المصدر").fill("https://example.org/news/1");
  await page.getByLabel("الناشر").fill("وكالة الأنباء");
  await page.getByLabel("تاريخ النشر").fill("2021-11-06");
  await page.getByRole("button", { name: "إضافة المقال" }).click();

  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByTestId("article-body")).toHaveAttribute("dir", "rtl");
  await expect(page.locator(".article-text p")).toHaveCount(2);

  await page.getByRole("link", { name: "كل المقالات" }).click();
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
});

test("an English article is detected left to right", async ({ context, page }) => {
  await signInAs(context, "editor@sanad.test");
  await page.goto("/articles/new");
  await page.getByLabel("العنوان").fill("State Department statement");
  await page.getByLabel("نص المقال").fill("The spokesman Ned Price called it an act of terrorism.");
  await expect(page.getByTestId("detected-direction")).toContainText("من اليسار إلى اليمين");
  await page.getByRole("button", { name: "إضافة المقال" }).click();
  await expect(page.getByTestId("article-body")).toHaveAttribute("dir", "ltr");
  await expect(page.getByTestId("article-body")).toHaveAttribute("lang", "en");
});

test("hostile input in the form is refused with a message or stored as harmless text", async ({ context, page }) => {
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await signInAs(context, "checker@sanad.test");
  await page.goto("/articles/new");
  await page.getByLabel("العنوان").fill(`<img src=x onerror=alert(1)><script>alert(2)</script> ${Date.now()}`);
  await page.getByLabel("نص المقال").fill('<p onmouseover="alert(3)">نص</p><script>alert(4)</script>');
  await page.getByLabel("نوع النص الملصوق").selectOption("html");
  await page.getByLabel("رابط المصدر").fill("javascript:alert(5)");
  await page.getByRole("button", { name: "إضافة المقال" }).click();
  await expect(page.locator("#sourceUrl-error")).toContainText("http://");
  await expect(page.getByLabel("العنوان")).toHaveValue(/onerror/); // nothing typed is lost

  await page.getByLabel("رابط المصدر").fill("https://example.org/x");
  await page.getByLabel("الناشر").fill("ناشر\u202Eمعكوس");
  await page.getByRole("button", { name: "إضافة المقال" }).click();
  await expect(page.locator("#publisher-error")).toContainText("تجاوز الاتجاه"); // in the UI language

  await page.getByLabel("الناشر").fill("ناشر");
  await page.getByRole("button", { name: "إضافة المقال" }).click();
  await expect(page.locator(".article-header h1")).toContainText("<script>alert(2)</script>");
  await expect(page.locator(".article-text p")).toHaveText("نص");
  expect(await page.locator(".article-text script, .article-text [onmouseover], h1 img").count()).toBe(0);
  expect(dialogs).toBe(0);
});

test("a viewer cannot open the new-article form", async ({ context, page }) => {
  await signInAs(context, "viewer@sanad.test");
  const response = await page.goto("/articles/new");
  expect(response?.status()).toBeGreaterThanOrEqual(400);
  await expect(page.getByLabel("نص المقال")).toHaveCount(0);
});
