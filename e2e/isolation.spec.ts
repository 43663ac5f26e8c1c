import { expect, test } from "./support/test";
import { signInAs } from "./support/auth";
import { createTestWorkspace, findDemoArticle, TEST_PASSWORD } from "./support/data";

test("a member of another workspace gets 404 for the demo article, in the browser and the API", async ({ browser }) => {
  const demo = await browser.newContext();
  await signInAs(demo, "admin@sanad.test");
  const article = await findDemoArticle(demo.request);
  await demo.close();

  const outsider = await createTestWorkspace("outsider");
  const context = await browser.newContext();
  await signInAs(context, outsider.members.ADMIN.email, TEST_PASSWORD);
  const page = await context.newPage();

  const response = await page.goto(`/articles/${article.id}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "غير موجود" })).toBeVisible();
  await expect(page.getByText("نجا رئيس الوزراء")).toHaveCount(0);

  const api = await context.request.get(`/api/v1/articles/${article.id}`);
  expect(api.status()).toBe(404);
  expect((await api.json()).error.code).toBe("not_found");

  const list = await (await context.request.get("/api/v1/articles")).json();
  expect(list.articles.map((a: { id: string }) => a.id)).not.toContain(article.id);
  await context.close();
});
