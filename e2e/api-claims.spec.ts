import { expect, test } from "./support/test";
import { signInAs } from "./support/auth";
import { createSeedCopy } from "./support/annotate";
import { createTestWorkspace, TEST_PASSWORD } from "./support/data";

test("claims API: create by span or quote, list in code points, refuse bad spans, delete, re-anchor on PATCH", async ({
  playwright,
  baseURL,
}) => {
  const api = await playwright.request.newContext({ baseURL });
  await signInAs(api, "checker@sanad.test");
  const article = await createSeedCopy(api);
  const claimsUrl = `/api/v1/articles/${article.id}/claims`;

  const byQuote = await api.post(claimsUrl, { data: { exact: "نيد برايس", prefix: "باسم الوزارة " } });
  expect(byQuote.status()).toBe(201);
  const quoted = await byQuote.json();
  const cps = [...article.text];
  expect(cps.slice(quoted.selector.start, quoted.selector.end).join("")).toBe("نيد برايس");

  const bySpan = await (
    await api.post(claimsUrl, { data: { start: quoted.selector.start, end: quoted.selector.start + 3 } })
  ).json();
  expect(bySpan.selector.exact).toBe("نيد");

  const refused = [
    { start: 10, end: 10 }, // empty
    { start: 0, end: cps.length + 5 }, // outside the text
    { exact: "لا يوجد هذا النص هنا" }, // not in the text
    { exact: "الكاظمي" }, // ambiguous without context
    { start: "a", end: 3 },
    { start: 1, end: 5, exact: "x" },
  ];
  for (const data of refused) {
    const response = await api.post(claimsUrl, { data });
    expect(response.status(), JSON.stringify(data)).toBe(422);
    const { error } = await response.json();
    expect(error.code).toBe("validation_failed");
    expect(Object.keys(error.fields ?? {}).length, JSON.stringify(error)).toBeGreaterThan(0);
  }

  const { claims } = await (await api.get(claimsUrl)).json();
  expect(claims.map((c: { id: string }) => c.id).sort()).toEqual([quoted.id, bySpan.id].sort());
  expect(claims[0]).toMatchObject({ status: "DRAFT", revision: 1, anchored: true });
  expect(Object.keys(claims[0].selector).sort()).toEqual(["end", "exact", "prefix", "start", "suffix"]);

  const patched = await api.patch(`/api/v1/articles/${article.id}`, {
    data: { text: `مقدمة جديدة.\n\n${article.text}`, revision: 1 },
  });
  expect(patched.status()).toBe(200);
  expect(await patched.json()).toMatchObject({ reanchored: 2, orphaned: 0, article: { revision: 2 } });
  const stale = await api.patch(`/api/v1/articles/${article.id}`, { data: { title: "عنوان", revision: 1 } });
  expect(stale.status()).toBe(409);

  expect((await api.delete(`/api/v1/claims/${bySpan.id}`)).status()).toBe(200);
  expect((await api.delete(`/api/v1/claims/${bySpan.id}`)).status()).toBe(404);

  // Another workspace sees nothing and changes nothing.
  const outsider = await createTestWorkspace("claims-api");
  const other = await playwright.request.newContext({ baseURL });
  await signInAs(other, outsider.members.ADMIN.email, TEST_PASSWORD);
  expect((await other.get(claimsUrl)).status()).toBe(404);
  expect((await other.post(claimsUrl, { data: { exact: "بغداد" } })).status()).toBe(404);
  expect((await other.delete(`/api/v1/claims/${quoted.id}`)).status()).toBe(404);
  expect((await other.patch(`/api/v1/articles/${article.id}`, { data: { title: "x" } })).status()).toBe(404);
  expect((await other.get(`/api/v1/articles/${article.id}/events`)).status()).toBe(404);

  // A viewer reads but cannot write.
  const viewer = await playwright.request.newContext({ baseURL });
  await signInAs(viewer, "viewer@sanad.test");
  expect((await viewer.get(claimsUrl)).status()).toBe(200);
  expect((await viewer.post(claimsUrl, { data: { exact: "بغداد" } })).status()).toBe(403);
  expect((await viewer.delete(`/api/v1/claims/${quoted.id}`)).status()).toBe(403);
  expect((await viewer.patch(`/api/v1/articles/${article.id}`, { data: { title: "x" } })).status()).toBe(403);
  await Promise.all([api.dispose(), other.dispose(), viewer.dispose()]);
});
