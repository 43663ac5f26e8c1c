import { type APIResponse } from "@playwright/test";
import { expect, test } from "./support/test";
import { signInAs } from "./support/auth";

async function expectError(response: APIResponse, status: number, code: string) {
  expect(response.status()).toBe(status);
  const body = await response.json();
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe("string");
  expect(body.error.message.length).toBeGreaterThan(10);
  expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js):\d+/); // no stack traces
  return body.error;
}

test.describe("articles API", () => {
  test.beforeEach(async ({ context }) => signInAs(context, "checker@sanad.test"));

  test("creates, lists and reads an article with its canonical text", async ({ context }) => {
    const api = context.request;
    const created = await api.post("/api/v1/articles", {
      data: {
        title: "  ادعاء عن 125 مصاباً  ",
        body: "فقرة\u0065\u0301 أولى.\r\n\r\n\r\nفقرة ثانية 2021.",
        publishedAt: "2021-11-06",
        sourceUrl: "https://example.org/a?b=1",
      },
    });
    expect(created.status()).toBe(201);
    const article = await created.json();
    expect(article).toMatchObject({
      title: "ادعاء عن 125 مصاباً",
      language: "ar",
      direction: "rtl",
      revision: 1,
      text: "فقرة\u00E9 أولى.\n\nفقرة ثانية 2021.",
      publishedAt: "2021-11-06",
    });
    const read = await (await api.get(`/api/v1/articles/${article.id}`)).json();
    expect(read.text).toBe(article.text);
    const list = await (await api.get("/api/v1/articles")).json();
    // Newest first; other workers create articles at the same time, so compare with the seeded one.
    const ids: string[] = list.articles.map((a: { id: string }) => a.id);
    const seeded = list.articles.find((a: { title: string }) => a.title.startsWith("نجاة الكاظمي"));
    expect(ids).toContain(article.id);
    expect(ids.indexOf(article.id)).toBeLessThan(ids.indexOf(seeded.id));
  });

  test("answers bad input with one error shape, never a 500", async ({ context }) => {
    const api = context.request;
    await expectError(
      await api.post("/api/v1/articles", {
        headers: { "content-type": "application/json" },
        data: Buffer.from("{not json"),
      }),
      400,
      "bad_request",
    );
    const missing = await expectError(
      await api.post("/api/v1/articles", { data: { body: "نص." } }),
      422,
      "validation_failed",
    );
    expect(missing.fields.title).toMatch(/required|Enter text/);
    await expectError(
      await api.post("/api/v1/articles", { data: { title: "x".repeat(2 * 1024 * 1024), body: "نص." } }),
      413,
      "payload_too_large",
    );
    await expectError(
      await api.post("/api/v1/articles", { data: { title: "x".repeat(5000), body: "نص." } }),
      422,
      "validation_failed",
    );
    await expectError(
      await api.post("/api/v1/articles", { data: { title: "عنوان", body: "ن".repeat(5 * 1024 * 1024) } }),
      413,
      "payload_too_large",
    );
    await expectError(
      await api.post("/api/v1/articles", { data: { title: "عنوان", body: "نص.", sourceUrl: "javascript:alert(1)" } }),
      422,
      "validation_failed",
    );
    await expectError(
      await api.post("/api/v1/articles", { data: { title: "عنوان", body: "نص.", publishedAt: "2999-01-01" } }),
      422,
      "validation_failed",
    );
    await expectError(
      await api.post("/api/v1/articles", { data: { title: "\u202Eعنوان", body: "نص." } }),
      422,
      "validation_failed",
    );
    await expectError(
      await api.post("/api/v1/articles", { data: { title: "عنوان", body: "نص.", language: "<script>" } }),
      422,
      "validation_failed",
    );
    await expectError(await api.post("/api/v1/articles", { data: [1, 2] }), 422, "validation_failed");
    await expectError(await api.get("/api/v1/articles/does-not-exist"), 404, "not_found");
    await expectError(await api.get(`/api/v1/articles/${"%27%20or%201=1--".repeat(50)}`), 404, "not_found");
    await expectError(await api.get("/api/v1/no-such-endpoint"), 404, "not_found");
    const put = await api.put("/api/v1/articles", { data: {} });
    expect(put.headers()["allow"]).toBe("GET, POST, OPTIONS, HEAD");
    expect((await expectError(put, 405, "method_not_allowed")).message).toContain("PUT");
    await expectError(await api.delete("/api/v1/claims/x/history"), 405, "method_not_allowed");
  });

  test("stores script and handlers in text fields as inert text", async ({ context }) => {
    const api = context.request;
    const created = await api.post("/api/v1/articles", {
      data: {
        title: "<script>alert(1)</script>",
        body: '<p onclick="alert(1)">نص <a href="javascript:x">رابط</a></p><script>alert(1)</script>',
        format: "html",
        publisher: "<b>ناشر</b>",
      },
    });
    expect(created.status()).toBe(201);
    const article = await created.json();
    expect(article.text).toBe("نص رابط");
    expect(article.title).toBe("<script>alert(1)</script>");
  });
});

test("the API refuses requests without a session and viewers' writes", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  await expectError(await anonymous.get("/api/v1/articles"), 401, "unauthenticated");
  await expectError(
    await anonymous.post("/api/v1/articles", { data: { title: "x", body: "y" } }),
    401,
    "unauthenticated",
  );
  const viewer = await playwright.request.newContext({ baseURL });
  await signInAs(viewer, "viewer@sanad.test");
  await expectError(await viewer.post("/api/v1/articles", { data: { title: "x", body: "y." } }), 403, "forbidden");
  await anonymous.dispose();
  await viewer.dispose();
});
