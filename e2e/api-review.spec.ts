import { expect, test } from "./support/test";
import { ok } from "./support/api";
import { signInAs } from "./support/auth";
import { createSeedCopy } from "./support/annotate";
import { createTestWorkspace, TEST_PASSWORD } from "./support/data";

test("review API: submit, changes requested with a mention, resubmit, four eyes, approve, publish, correction, history", async ({
  playwright,
  baseURL,
}) => {
  // A workspace of its own: other specs list the demo workspace's articles and would see this one's.
  const ws = await createTestWorkspace("review-api");
  const checker = await playwright.request.newContext({ baseURL });
  const editor = await playwright.request.newContext({ baseURL });
  await signInAs(checker, ws.members.FACT_CHECKER.email, TEST_PASSWORD);
  await signInAs(editor, ws.members.EDITOR.email, TEST_PASSWORD);
  const { members } = await ok(await editor.get("/api/v1/members"));
  const me = (email: string) => members.find((m: { email: string }) => m.email === email);
  const [checkerId, editorId] = [ws.members.FACT_CHECKER.id, ws.members.EDITOR.id];
  const handle = me(ws.members.FACT_CHECKER.email).handle;

  const article = await createSeedCopy(checker);
  const claim = await ok(
    await checker.post(`/api/v1/articles/${article.id}/claims`, {
      data: { exact: "نيد برايس", prefix: "باسم الوزارة " },
    }),
    201,
  );
  const url = `/api/v1/claims/${claim.id}`;
  const missing = await checker.post(`${url}/transitions`, { data: { action: "submit" } });
  expect(missing.status()).toBe(422);
  expect(Object.keys((await missing.json()).error.fields).sort()).toEqual([
    "conclusion",
    "sources",
    "statement",
    "verdict",
  ]);

  let sheet = await ok(
    await checker.patch(url, {
      data: {
        version: 1,
        statement: "المتحدث باسم الخارجية الأمريكية أدان الهجوم",
        assigneeId: checkerId,
        reviewerId: editorId,
      },
    }),
  );
  sheet = await ok(
    await checker.post(`${url}/sources`, {
      data: {
        version: sheet.version,
        url: "https://www.state.gov/statement-2021-11-07",
        title: "State Department statement",
        type: "OFFICIAL_STATEMENT",
        stance: "SUPPORTS",
      },
    }),
    201,
  );
  sheet = await ok(
    await checker.put(`${url}/verdict`, {
      data: { version: sheet.version, ratingKey: "true", conclusion: "صحيح: البيان منشور على موقع الوزارة." },
    }),
  );
  sheet = await ok(await checker.post(`${url}/transitions`, { data: { action: "submit", version: sheet.version } }));
  expect(sheet).toMatchObject({ status: "IN_REVIEW", reviewer: { id: editorId } });

  const waiting = await ok(await editor.get("/api/v1/me/queue?kind=review"));
  expect(waiting.claims.map((c: { id: string }) => c.id)).toContain(claim.id);
  const noComment = await editor.post(`${url}/transitions`, { data: { action: "request_changes" } });
  expect(noComment.status()).toBe(422);
  sheet = await ok(
    await editor.post(`${url}/transitions`, {
      data: { action: "request_changes", comment: `@${handle} أضف رابط الأرشيف للبيان، please.` },
    }),
  );
  expect(sheet.status).toBe("CHANGES_REQUESTED");

  const bell = await ok(await checker.get("/api/v1/notifications?unread=1"));
  const kinds = bell.notifications
    .filter((n: { claimId: string }) => n.claimId === claim.id)
    .map((n: { kind: string }) => n.kind);
  // Told once, with the editor's words (not a second time for being mentioned in them).
  expect(kinds).toEqual(["CHANGES_REQUESTED"]);
  expect((await ok(await checker.post("/api/v1/notifications/read", { data: { all: true } }))).unread).toBe(0);
  const { threads } = await ok(await checker.get(`${url}/comments`));
  expect(threads[0]).toMatchObject({
    author: { id: editorId },
    mentions: [{ id: checkerId }],
    body: `@${handle} أضف رابط الأرشيف للبيان، please.`,
  });
  await ok(await checker.post(`${url}/comments`, { data: { parentId: threads[0].id, body: "تمت الإضافة." } }), 201);

  const source = sheet.sources[0];
  sheet = await ok(
    await checker.patch(`${url}/sources/${source.id}`, {
      data: {
        version: sheet.version,
        archiveUrl: "https://web.archive.org/web/2021/https://www.state.gov/statement-2021-11-07",
      },
    }),
  );
  sheet = await ok(await checker.post(`${url}/transitions`, { data: { action: "submit" } }));

  // The author cannot approve: the transitions list says so and the API refuses.
  const mine = await ok(await checker.get(`${url}/transitions`));
  expect(mine.actions.find((a: { action: string }) => a.action === "approve")).toMatchObject({ allowed: false });
  expect((await checker.post(`${url}/transitions`, { data: { action: "approve" } })).status()).toBe(403);
  const theirs = await ok(await editor.get(`${url}/transitions`));
  expect(theirs.actions.find((a: { action: string }) => a.action === "approve")).toMatchObject({ allowed: true });
  expect((await editor.post(`${url}/transitions`, { data: { action: "publish" } })).status()).toBe(409);
  sheet = await ok(await editor.post(`${url}/transitions`, { data: { action: "approve", version: sheet.version } }));
  sheet = await ok(await editor.post(`${url}/transitions`, { data: { action: "publish" } }));
  expect(sheet).toMatchObject({ status: "PUBLISHED", workflow: { published: { number: 1 } } });

  // An edit after publishing starts a correction; republishing needs a note.
  sheet = await ok(
    await checker.put(`${url}/verdict`, {
      data: { version: sheet.version, ratingKey: "mostly-true", conclusion: "صحيح في معظمه." },
    }),
  );
  expect(sheet).toMatchObject({ status: "IN_REVIEW", workflow: { correcting: true } });
  await ok(await editor.post(`${url}/transitions`, { data: { action: "approve" } }));
  expect((await editor.post(`${url}/transitions`, { data: { action: "publish" } })).status()).toBe(422);
  sheet = await ok(
    await editor.post(`${url}/transitions`, {
      data: { action: "publish", comment: "عُدّل الحكم: البيان لم يذكر عدد الطائرات." },
    }),
  );
  expect(sheet.workflow.published.number).toBe(2);

  const { entries } = await ok(await checker.get(`${url}/history`));
  const steps = entries
    .filter((e: { action: string }) => e.action.startsWith("workflow."))
    .map((e: { action: string; actor: { name: string } }) => `${e.action} ${e.actor.name}`);
  const [checkerName, editorName] = [me(ws.members.FACT_CHECKER.email).name, me(ws.members.EDITOR.email).name];
  expect(steps).toEqual([
    `workflow.submit ${checkerName}`,
    `workflow.request_changes ${editorName}`,
    `workflow.submit ${checkerName}`,
    `workflow.approve ${editorName}`,
    `workflow.publish ${editorName}`,
    `workflow.correction_started ${checkerName}`,
    `workflow.approve ${editorName}`,
    `workflow.publish ${editorName}`,
  ]);
  // The trail has no API to change it.
  expect((await checker.delete(`${url}/history`)).status()).toBe(405);
  await Promise.all([checker.dispose(), editor.dispose()]);
});
