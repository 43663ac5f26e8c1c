import { expect, test } from "./support/test";
import { signInAs } from "./support/auth";
import { findDemoArticle } from "./support/data";

test("the UI switches between Arabic and English, remembers it, and the article keeps its own direction", async ({
  context,
  page,
}) => {
  await signInAs(context, "editor@sanad.test");
  const article = await findDemoArticle(page.request);
  await page.goto(`/articles/${article.id}`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("link", { name: "All articles" })).toBeVisible();
  await expect(page.getByTestId("article-body")).toHaveAttribute("dir", "rtl");

  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "العربية" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
});
