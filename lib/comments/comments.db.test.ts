import { beforeAll, describe, expect, it } from "vitest";
import { getClaimHistory } from "@/lib/audit/get-history";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { createTestArticle, createTestClaim } from "@/lib/testing/claims";
import { createTestWorkspace, type TestWorkspace } from "@/lib/testing/factories";
import { createComment } from "./create-comment";
import { listComments } from "./list-comments";
import { parseMentions } from "./mentions";
import { ZCreateComment, ZUpdateComment } from "./schemas";
import { updateComment } from "./update-comment";

let ws: TestWorkspace;
let other: TestWorkspace;
let articleId: string;
let claimId: string;

const handle = (email: string) => email.split("@")[0];
const mentionedIn = async (userId: string) =>
  (await getDb().notification.findMany({ where: { userId, claimId, kind: "MENTIONED" } })).length;

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(async () => {
  [ws, other] = await Promise.all([createTestWorkspace("comments"), createTestWorkspace("comments-other")]);
  articleId = await createTestArticle(ws.members.FACT_CHECKER.actor);
  claimId = (await createTestClaim(ws.members.FACT_CHECKER.actor, articleId, { ready: false })).id;
});

describe("mentions", () => {
  it("are @handles of any script, without trailing full stops, each once", () => {
    expect(parseMentions("راجع هذا @checker و@Editor.Two. ثم @checker")).toEqual(["checker", "editor.two"]);
    expect(parseMentions("@سارة انظري، name@example.org ليس ذكرًا")).toEqual(["سارة"]);
  });
});

describe("comments (real PostgreSQL)", () => {
  it("form threads with replies and a selector on the article, mentioning members by handle or id", async () => {
    const { EDITOR: editor, FACT_CHECKER: checker, VIEWER: viewer } = ws.members;
    const root = await createComment(
      editor.actor,
      claimId,
      ZCreateComment.parse({
        body: `@${handle(checker.email)} أين المصدر لهذا الرقم؟`,
        selector: { exact: "7 من أفراد الحماية" },
      }),
    );
    expect(root).toMatchObject({
      parentId: null,
      author: { id: editor.id },
      mentions: [{ id: checker.id }],
      selector: { exact: "7 من أفراد الحماية", revision: 1 },
    });
    const reply = await createComment(
      checker.actor,
      claimId,
      ZCreateComment.parse({ body: "Added the ministry's statement.", parentId: root.id, mentions: [viewer.id] }),
    );
    // A reply to a reply joins the thread's root.
    const nested = await createComment(
      editor.actor,
      claimId,
      ZCreateComment.parse({ body: "شكرًا", parentId: reply.id }),
    );
    expect(nested.parentId).toBe(root.id);
    expect(await mentionedIn(checker.id)).toBe(1);
    expect(await mentionedIn(viewer.id)).toBe(1);
    const { threads } = await listComments(viewer.actor, claimId);
    expect(threads).toHaveLength(1);
    expect(threads[0].replies.map((r) => r.body)).toEqual(["Added the ministry's statement.", "شكرًا"]);

    const outsider = await failure(
      createComment(editor.actor, claimId, ZCreateComment.parse({ body: "x", mentions: [other.members.ADMIN.id] })),
    );
    expect(outsider.fields?.mentions).toMatch(/members of this workspace/);
    expect(
      (
        await failure(
          createComment(
            editor.actor,
            claimId,
            ZCreateComment.parse({ body: "x", selector: { exact: "ليس في المقال" } }),
          ),
        )
      ).fields,
    ).toHaveProperty("exact");
    expect(ZCreateComment.safeParse({ body: "   " }).success).toBe(false);
    expect(ZCreateComment.safeParse({ body: "\u202Eمقلوب" }).success).toBe(false);
  });

  it("are edited only by their author, resolved and reopened on the thread's first comment, all in the history", async () => {
    const { EDITOR: editor, FACT_CHECKER: checker, ADMIN: admin } = ws.members;
    const root = await createComment(editor.actor, claimId, ZCreateComment.parse({ body: "نقطة أولى" }));
    const reply = await createComment(checker.actor, claimId, ZCreateComment.parse({ body: "رد", parentId: root.id }));
    expect(
      (await failure(updateComment(checker.actor, claimId, root.id, ZUpdateComment.parse({ body: "تعديل" })))).code,
    ).toBe("forbidden");
    const edited = await updateComment(
      editor.actor,
      claimId,
      root.id,
      ZUpdateComment.parse({ body: `نقطة أولى، @${handle(admin.email)}` }),
    );
    expect(edited).toMatchObject({ body: `نقطة أولى، @${handle(admin.email)}`, editedAt: expect.any(String) });
    expect(await mentionedIn(admin.id)).toBe(1);
    expect(
      (await updateComment(checker.actor, claimId, root.id, ZUpdateComment.parse({ resolved: true }))).resolvedAt,
    ).not.toBeNull();
    expect(
      (await updateComment(admin.actor, claimId, root.id, ZUpdateComment.parse({ resolved: false }))).resolvedAt,
    ).toBeNull();
    expect(
      (await failure(updateComment(editor.actor, claimId, reply.id, ZUpdateComment.parse({ resolved: true })))).fields,
    ).toHaveProperty("resolved");
    const actions = (await getClaimHistory(editor.actor, claimId)).entries.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(["comment.created", "comment.edited", "comment.resolved", "comment.reopened"]),
    );
  });

  it("are read by viewers but not written by them, and another workspace's claim is not found", async () => {
    expect(
      (await failure(createComment(ws.members.VIEWER.actor, claimId, ZCreateComment.parse({ body: "x" })))).code,
    ).toBe("forbidden");
    expect((await failure(listComments(other.members.ADMIN.actor, claimId))).code).toBe("not_found");
    expect(
      (await failure(createComment(other.members.ADMIN.actor, claimId, ZCreateComment.parse({ body: "x" })))).code,
    ).toBe("not_found");
  });
});
