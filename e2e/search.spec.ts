import { expect, test } from "./support/test";
import { DEMO_ARTICLE } from "@/lib/demo/seed-demo";
import { signInAs } from "./support/auth";

test("searching the article list ignores harakat and letter variants", async ({ context, page }) => {
  await signInAs(context, "viewer@sanad.test");
  await page.goto("/articles");
  await page.getByRole("searchbox").fill("طائرة مسيرة مفخخة"); // the article writes مسيّرة مفخّخة
  await page.getByRole("button", { name: "بحث" }).click();
  await expect(page).toHaveURL(/q=/);
  await expect(page.getByRole("link", { name: DEMO_ARTICLE.title })).toBeVisible();
  await page.getByRole("searchbox").fill("عبارة لا ترد في أي مقال");
  await page.getByRole("button", { name: "بحث" }).click();
  await expect(page.getByText("لا يوجد مقال يحتوي")).toBeVisible();
  const api = await (
    await context.request.get(`/api/v1/articles?q=${encodeURIComponent("إقامة الكاظمي ببغداد")}`)
  ).json();
  expect(api.articles.map((a: { title: string }) => a.title)).toContain(DEMO_ARTICLE.title);
});
