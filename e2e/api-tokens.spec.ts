import { expect, test } from "./support/test";
import { signInAs } from "./support/auth";
import { createTestWorkspace, TEST_PASSWORD } from "./support/data";

// Personal API tokens end to end: made in the (Arabic) UI, used with no cookies at all, refused once revoked.
test("a token made in the UI reads with the viewer's rights, cannot write, and is refused once revoked", async ({
  page,
  context,
  playwright,
  baseURL,
}) => {
  const ws = await createTestWorkspace("api-tokens");
  const editor = await playwright.request.newContext({ baseURL });
  await signInAs(editor, ws.members.EDITOR.email, TEST_PASSWORD);
  const articleId = (
    await (
      await editor.post("/api/v1/articles", {
        data: { title: "مقال يقرؤه الرمز", body: "قال الوزير إن الصادرات ارتفعت بطائرة الشحن." },
      })
    ).json()
  ).id;
  const claim = await (
    await editor.post(`/api/v1/articles/${articleId}/claims`, { data: { exact: "الصادرات ارتفعت" } })
  ).json();
  await editor.dispose();
  await signInAs(context, ws.members.VIEWER.email, TEST_PASSWORD);

  await page.goto("/articles");
  await page.getByRole("link", { name: "رموز الواجهة البرمجية" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "رموز الواجهة البرمجية" })).toBeVisible();
  await expect(page.getByText("ليست لديك رموز في مساحة العمل هذه.")).toBeVisible();
  await page.getByLabel("الاسم").fill("أداة القراءة");
  await page.getByLabel("ينتهي بعد").selectOption("7");
  await page.getByRole("button", { name: "أنشئ الرمز" }).click();
  const secret = (await page.getByTestId("token-secret").textContent())!.trim();
  expect(secret).toMatch(/^sanad_[A-Za-z0-9_-]{43}$/);
  await expect(page.getByText("لن يظهر إلا هذه المرة")).toBeVisible();
  const row = page.locator("tr", { hasText: "أداة القراءة" });
  await expect(row.locator("code")).toHaveText(`${secret.slice(0, 12)}…`);
  await expect(row).toContainText("لم يُستعمل");

  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${secret}` } });
  expect((await api.storageState()).cookies).toEqual([]);
  const article = await api.get(`/api/v1/articles/${articleId}`);
  expect(article.status()).toBe(200);
  expect((await article.json()).title).toBe("مقال يقرؤه الرمز");
  expect(
    (await (await api.get(`/api/v1/articles/${articleId}/claims`)).json()).claims.map((c: { id: string }) => c.id),
  ).toEqual([claim.id]);

  // A viewer's token has a viewer's rights: every write is a 403 in the API's error shape.
  const write = await api.post("/api/v1/articles", { data: { title: "لا يحق للمشاهد", body: "نص المقال" } });
  expect(write.status()).toBe(403);
  expect((await write.json()).error.code).toBe("forbidden");
  expect((await api.post(`/api/v1/articles/${articleId}/claims`, { data: { exact: "بطائرة" } })).status()).toBe(403);
  // Tokens cannot mint tokens.
  expect((await api.post("/api/v1/tokens", { data: { name: "ثانٍ", expiresInDays: 30 } })).status()).toBe(403);
  // The token never became a session.
  expect((await api.storageState()).cookies).toEqual([]);

  // The secret is gone after a reload; the row now says when it was used.
  await page.reload();
  await expect(page.getByTestId("token-secret")).toHaveCount(0);
  await expect(page.locator("tr", { hasText: "أداة القراءة" })).not.toContainText("لم يُستعمل");

  await page.getByRole("button", { name: "ألغِ «أداة القراءة»" }).click();
  await page.getByRole("button", { name: "نعم، ألغِه" }).click();
  await expect(page.locator("tr", { hasText: "أداة القراءة" })).toContainText("أُلغي في");

  const refused = await api.get(`/api/v1/articles/${articleId}`);
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error).toMatchObject({
    code: "unauthenticated",
    message: expect.stringMatching(/revoked/),
  });
  const arabic = await api.get("/api/v1/articles", { headers: { "Accept-Language": "ar" } });
  expect((await arabic.json()).error.message).toContain("أُلغي");
  const forged = await api.get("/api/v1/articles", { headers: { Authorization: `Bearer sanad_${"x".repeat(43)}` } });
  expect([forged.status(), (await forged.json()).error.message]).toEqual([401, expect.stringMatching(/not valid/)]);
  await api.dispose();
});

test("an editor's token follows the member's current role", async ({ playwright, baseURL }) => {
  const ws = await createTestWorkspace("api-tokens-role");
  const browser = await playwright.request.newContext({ baseURL });
  await signInAs(browser, ws.members.EDITOR.email, TEST_PASSWORD);
  const { secret } = await (await browser.post("/api/v1/tokens", { data: { name: "CMS", expiresInDays: 30 } })).json();
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${secret}` } });
  const article = { title: "مقال عبر الرمز", body: "قال الوزير إن الصادرات ارتفعت." };
  expect((await api.post("/api/v1/articles", { data: article })).status()).toBe(201);

  const admin = await playwright.request.newContext({ baseURL });
  await signInAs(admin, ws.members.ADMIN.email, TEST_PASSWORD);
  expect((await admin.patch(`/api/v1/members/${ws.members.EDITOR.id}`, { data: { role: "VIEWER" } })).status()).toBe(
    200,
  );
  expect((await api.post("/api/v1/articles", { data: article })).status()).toBe(403);
  expect((await admin.delete(`/api/v1/members/${ws.members.EDITOR.id}`)).status()).toBe(200);
  const gone = await api.get("/api/v1/articles");
  expect([gone.status(), (await gone.json()).error.message]).toEqual([
    401,
    expect.stringMatching(/no longer a member/),
  ]);
  await Promise.all([browser.dispose(), api.dispose(), admin.dispose()]);
});

test("the OpenAPI document is public, parses, and covers the claim endpoints; the API page lists them", async ({
  page,
  context,
  playwright,
  baseURL,
}) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const response = await anonymous.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const doc = JSON.parse(await response.text());
  expect(doc.openapi).toBe("3.1.0");
  const operations = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
    Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
  );
  for (const op of [
    "GET /articles/{id}/claims",
    "POST /articles/{id}/claims",
    "GET /claims/{id}",
    "PATCH /claims/{id}",
    "DELETE /claims/{id}",
    "PUT /claims/{id}/verdict",
    "POST /claims/{id}/transitions",
    "POST /claims/{id}/sources",
  ]) {
    expect(operations).toContain(op);
  }
  const createClaim = doc.paths["/articles/{id}/claims"].post;
  expect(JSON.stringify(createClaim.requestBody.content["application/json"].schema)).toContain('"exact"');
  expect(doc.components.securitySchemes.bearerToken).toMatchObject({ type: "http", scheme: "bearer" });
  await anonymous.dispose();

  const ws = await createTestWorkspace("api-docs");
  await signInAs(context, ws.members.FACT_CHECKER.email, TEST_PASSWORD);
  await page.goto("/settings/tokens");
  await page.getByRole("link", { name: "مرجع الواجهة البرمجية" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "مرجع الواجهة البرمجية" })).toBeVisible();
  const claims = page.locator('[data-endpoint="POST /articles/{id}/claims"]');
  await expect(claims).toContainText("/api/v1/articles/{id}/claims");
  await expect(claims.locator("tbody tr", { hasText: "exact" })).toBeVisible();
  await expect(page.locator('[data-endpoint="POST /tokens"] tbody tr', { hasText: "expiresInDays" })).toContainText(
    "integer 1–365",
  );
  await expect(page.locator("[data-endpoint]")).toHaveCount(operations.length);
});
