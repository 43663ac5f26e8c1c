import { beforeAll, describe, expect, it } from "vitest";
import { ZSetVerdict, ZUpdateClaimSheet } from "@/lib/claim-sheet/schemas";
import { setVerdict } from "@/lib/claim-sheet/set-verdict";
import { updateClaimSheet } from "@/lib/claim-sheet/update-claim-sheet";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/actor";
import { addSource } from "@/lib/sources/add-source";
import { ZCreateSource } from "@/lib/sources/schemas";
import { createTestArticle, createTestClaim } from "@/lib/testing/claims";
import { createTestWorkspace, type TestWorkspace } from "@/lib/testing/factories";
import { listPublications } from "./list-publications";
import { listTransitions } from "./list-transitions";
import { ZTransition } from "./schemas";
import { transitionClaim } from "./transition-claim";

let ws: TestWorkspace;
let other: TestWorkspace;
let articleId: string;
let secondEditor: Actor;

const act = (actor: Actor, claimId: string, action: string, extra: object = {}) =>
  transitionClaim(actor, claimId, ZTransition.parse({ action, ...extra }));
const noticesOf = (userId: string, claimId: string) =>
  getDb().notification.findMany({ where: { userId, claimId }, orderBy: { createdAt: "asc" } });

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(async () => {
  [ws, other] = await Promise.all([createTestWorkspace("workflow"), createTestWorkspace("workflow-other")]);
  articleId = await createTestArticle(ws.members.FACT_CHECKER.actor);
  const user = await getDb().user.create({
    data: { email: `editor2-${ws.slug}@test.sanad`, name: "محرر ثان", passwordHash: "x" },
  });
  await getDb().membership.create({ data: { workspaceId: ws.id, userId: user.id, role: "EDITOR" } });
  secondEditor = { userId: user.id, workspaceId: ws.id, role: "EDITOR" };
});

describe("review workflow (real PostgreSQL)", () => {
  it("refuses to submit until the claim has a statement, a verdict, a conclusion and a source, listing what is missing", async () => {
    const checker = ws.members.FACT_CHECKER.actor;
    const claim = await createTestClaim(checker, articleId, { ready: false });
    const error = await failure(act(checker, claim.id, "submit"));
    expect(error.code).toBe("validation_failed");
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(["conclusion", "sources", "statement", "verdict"]);
    expect((await listTransitions(checker, claim.id)).missing).toHaveProperty("sources");
    await updateClaimSheet(checker, claim.id, ZUpdateClaimSheet.parse({ version: 1, statement: "نص الادعاء" }));
    await setVerdict(checker, claim.id, ZSetVerdict.parse({ version: 2, ratingKey: "false" }));
    expect(Object.keys((await failure(act(checker, claim.id, "submit"))).fields ?? {}).sort()).toEqual([
      "conclusion",
      "sources",
    ]);
  });

  it("runs draft → review → changes → review → approved → published with the right people told", async () => {
    const checker = ws.members.FACT_CHECKER;
    const editor = ws.members.EDITOR;
    const claim = await createTestClaim(checker.actor, articleId);
    const submitted = await act(checker.actor, claim.id, "submit", { version: claim.version });
    expect(submitted).toMatchObject({
      status: "IN_REVIEW",
      version: claim.version + 1,
      workflow: { submittedById: checker.id },
    });
    // No reviewer yet: every editor and admin hears that a review is waiting, the checker does not.
    for (const id of [editor.id, ws.members.ADMIN.id, secondEditor.userId])
      expect((await noticesOf(id, claim.id)).map((n) => n.kind)).toEqual(["REVIEW_WAITING"]);
    expect(await noticesOf(checker.id, claim.id)).toEqual([]);

    expect((await failure(act(checker.actor, claim.id, "approve"))).code).toBe("forbidden");
    const noComment = await failure(act(editor.actor, claim.id, "request_changes"));
    expect(noComment).toMatchObject({
      code: "validation_failed",
      fields: { comment: expect.stringMatching(/comment is required/) },
    });
    // An unknown @handle is refused before anything happens.
    const unknown = await failure(act(editor.actor, claim.id, "request_changes", { comment: "راجع @nobody.here" }));
    expect(unknown.fields?.comment).toMatch(/@nobody.here/);
    expect((await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("IN_REVIEW");
    const handle = (email: string) => email.split("@")[0];
    const note = `أضف مصدرًا رسميًا @${handle(checker.email)} واسأل @${handle(ws.members.ADMIN.email)}`;
    const sentBack = await act(editor.actor, claim.id, "request_changes", { comment: note });
    expect(sentBack.status).toBe("CHANGES_REQUESTED");
    // The checker hears once, with the editor's words; the admin mentioned in the note is told of the mention.
    const told = await noticesOf(checker.id, claim.id);
    expect(told.map((n) => [n.kind, (n.payload as { excerpt?: string }).excerpt])).toEqual([
      ["CHANGES_REQUESTED", note],
    ]);
    expect((await noticesOf(ws.members.ADMIN.id, claim.id)).map((n) => n.kind)).toEqual([
      "REVIEW_WAITING",
      "MENTIONED",
    ]);
    const comments = await getDb().comment.findMany({ where: { claimId: claim.id } });
    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatchObject({ authorId: editor.id, mentions: [checker.id, ws.members.ADMIN.id] });
    // Whoever sent it back now reviews it: the sheet names them, and the resubmission goes to them alone.
    expect(sentBack.reviewer).toMatchObject({ id: editor.id });
    // The review bar shows the editor's words until the claim is resubmitted.
    expect(sentBack.workflow.changesRequested).toEqual({
      note,
      by: { id: editor.id, name: `EDITOR ${ws.slug}` },
      at: expect.any(String),
    });

    const fixed = await addSource(
      checker.actor,
      claim.id,
      ZCreateSource.parse({
        version: sentBack.version,
        url: "https://pmo.iq/statement",
        title: "بيان رئاسة الوزراء",
        type: "OFFICIAL_STATEMENT",
      }),
    );
    expect(fixed.status).toBe("CHANGES_REQUESTED");
    expect((await act(checker.actor, claim.id, "submit")).workflow.changesRequested).toBeNull();
    expect((await noticesOf(editor.id, claim.id)).map((n) => n.kind)).toEqual(["REVIEW_WAITING", "REVIEW_WAITING"]);
    expect((await noticesOf(secondEditor.userId, claim.id)).map((n) => n.kind)).toEqual(["REVIEW_WAITING"]);
    const approved = await act(editor.actor, claim.id, "approve");
    expect(approved).toMatchObject({ status: "APPROVED", workflow: { approvedById: editor.id } });
    expect((await noticesOf(checker.id, claim.id)).map((n) => n.kind)).toContain("APPROVED");
    expect((await failure(act(editor.actor, claim.id, "approve"))).code).toBe("conflict");

    const published = await act(editor.actor, claim.id, "publish");
    expect(published).toMatchObject({
      status: "PUBLISHED",
      workflow: { published: { number: 1, version: published.version }, correcting: false },
    });
    const publication = await getDb().claimPublication.findFirstOrThrow({ where: { claimId: claim.id } });
    expect(publication).toMatchObject({ number: 1, correctionNote: null, publishedById: editor.id });
    expect(publication.sheet).toMatchObject({
      status: "PUBLISHED",
      statement: "الكاظمي نجا من هجوم بطائرة مسيّرة",
      sources: [{ title: "Reuters" }, { title: "بيان رئاسة الوزراء" }],
    });
    expect((await noticesOf(checker.id, claim.id)).map((n) => n.kind)).toContain("PUBLISHED");
  });

  it("never lets the author, or anyone who changed the statement, sources or verdict since submission, approve", async () => {
    const editor = ws.members.EDITOR.actor;
    const own = await createTestClaim(editor, articleId);
    await act(editor, own.id, "submit");
    const refusal = await failure(act(editor, own.id, "approve"));
    expect(refusal).toMatchObject({
      code: "forbidden",
      message: expect.stringMatching(/you wrote, checked or submitted/),
    });
    expect((await listTransitions(editor, own.id)).actions.find((a) => a.action === "approve")).toMatchObject({
      allowed: false,
      code: "forbidden",
    });
    expect((await listTransitions(secondEditor, own.id)).actions.find((a) => a.action === "approve")).toMatchObject({
      allowed: true,
    });

    const checker = ws.members.FACT_CHECKER.actor;
    const claim = await createTestClaim(checker, articleId);
    const submitted = await act(checker, claim.id, "submit");
    // Tags are not published content: the editor may still approve after tagging.
    const tagged = await updateClaimSheet(
      secondEditor,
      claim.id,
      ZUpdateClaimSheet.parse({ version: submitted.version, tags: ["أمن"] }),
    );
    const edited = await updateClaimSheet(
      editor,
      claim.id,
      ZUpdateClaimSheet.parse({ version: tagged.version, statement: "نص عدّله المحرر" }),
    );
    expect((await failure(act(editor, claim.id, "approve"))).message).toMatch(/during this review/);
    expect(await act(secondEditor, claim.id, "approve", { version: edited.version })).toMatchObject({
      status: "APPROVED",
    });
  });

  it("dismisses an approval when published content changes, telling the reviewer; other edits keep it", async () => {
    const checker = ws.members.FACT_CHECKER;
    const claim = await createTestClaim(checker.actor, articleId);
    const withReviewer = await updateClaimSheet(
      checker.actor,
      claim.id,
      ZUpdateClaimSheet.parse({ version: claim.version, reviewerId: ws.members.EDITOR.id }),
    );
    expect(withReviewer.reviewer).toMatchObject({ id: ws.members.EDITOR.id });
    expect((await noticesOf(ws.members.EDITOR.id, claim.id)).map((n) => n.kind)).toEqual(["REVIEW_ASSIGNED"]);
    await act(checker.actor, claim.id, "submit");
    // With a reviewer, only the reviewer hears of it.
    expect(await noticesOf(ws.members.ADMIN.id, claim.id)).toEqual([]);
    const approved = await act(ws.members.EDITOR.actor, claim.id, "approve");
    const tagged = await updateClaimSheet(
      checker.actor,
      claim.id,
      ZUpdateClaimSheet.parse({ version: approved.version, tags: ["بغداد"], checkWorthiness: "HIGH" }),
    );
    expect(tagged.status).toBe("APPROVED");
    const changed = await setVerdict(
      checker.actor,
      claim.id,
      ZSetVerdict.parse({ version: tagged.version, ratingKey: "mostly-true", conclusion: "صحيح في معظمه." }),
    );
    expect(changed).toMatchObject({ status: "IN_REVIEW", workflow: { approvedAt: null, approvedById: null } });
    expect((await noticesOf(ws.members.EDITOR.id, claim.id)).map((n) => n.kind)).toContain("APPROVAL_DISMISSED");
  });

  it("starts a correction when a published claim is edited: the publication stays, republishing needs a note", async () => {
    const checker = ws.members.FACT_CHECKER.actor;
    const claim = await createTestClaim(checker, articleId);
    await act(checker, claim.id, "submit");
    await act(ws.members.EDITOR.actor, claim.id, "approve");
    const published = await act(ws.members.EDITOR.actor, claim.id, "publish");
    const first = await getDb().claimPublication.findFirstOrThrow({ where: { claimId: claim.id } });

    const corrected = await updateClaimSheet(
      checker,
      claim.id,
      ZUpdateClaimSheet.parse({ version: published.version, statement: "الكاظمي نجا من هجوم بطائرتين مسيّرتين" }),
    );
    expect(corrected).toMatchObject({
      status: "IN_REVIEW",
      workflow: { correcting: true, published: { number: 1 }, submittedById: ws.members.FACT_CHECKER.id },
    });
    expect(await getDb().claimPublication.findFirstOrThrow({ where: { claimId: claim.id } })).toEqual(first);
    expect((first.sheet as { statement: string }).statement).toBe("الكاظمي نجا من هجوم بطائرة مسيّرة");

    await act(ws.members.EDITOR.actor, claim.id, "approve");
    const noNote = await failure(act(ws.members.EDITOR.actor, claim.id, "publish"));
    expect(noNote.fields?.comment).toMatch(/correction note/);
    const republished = await act(ws.members.ADMIN.actor, claim.id, "publish", {
      comment: "صُحّح عدد الطائرات وفق بيان رسمي.",
    });
    expect(republished).toMatchObject({
      status: "PUBLISHED",
      workflow: { published: { number: 2 }, correcting: false },
    });
    const second = await getDb().claimPublication.findFirstOrThrow({ where: { claimId: claim.id, number: 2 } });
    expect(second).toMatchObject({
      correctionNote: "صُحّح عدد الطائرات وفق بيان رسمي.",
      publishedById: ws.members.ADMIN.id,
    });
    expect((second.sheet as { statement: string }).statement).toBe("الكاظمي نجا من هجوم بطائرتين مسيّرتين");
    const { publications } = await listPublications(ws.members.VIEWER.actor, claim.id);
    expect(publications.map((p) => [p.number, p.correctionNote, p.publishedBy.id])).toEqual([
      [2, "صُحّح عدد الطائرات وفق بيان رسمي.", ws.members.ADMIN.id],
      [1, null, ws.members.EDITOR.id],
    ]);
    expect((await failure(listPublications(other.members.ADMIN.actor, claim.id))).code).toBe("not_found");
  });

  it("lets one of two simultaneous reviewers win; the other gets 409 with the claim as it is now", async () => {
    const claim = await createTestClaim(ws.members.FACT_CHECKER.actor, articleId);
    await act(ws.members.FACT_CHECKER.actor, claim.id, "submit");
    const results = await Promise.allSettled([
      act(ws.members.EDITOR.actor, claim.id, "approve"),
      act(secondEditor, claim.id, "request_changes", { comment: "ينقصه مصدر" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = (results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason as AppError & {
      current?: { status: string };
    };
    expect(lost.code).toBe("conflict");
    const winner = (results.find((r) => r.status === "fulfilled") as PromiseFulfilledResult<{ status: string }>).value;
    expect(lost.message).toContain(winner.status);
    expect(lost.current?.status).toBe(winner.status);
    const stale = await failure(act(ws.members.EDITOR.actor, claim.id, "reopen", { version: 1 }));
    expect(stale).toMatchObject({ code: "conflict", current: { id: claim.id } });
  });

  it("lets a checker take back their own claim from review, but only editors reopen approved or published ones", async () => {
    const checker = ws.members.FACT_CHECKER.actor;
    const claim = await createTestClaim(checker, articleId);
    await act(checker, claim.id, "submit");
    expect((await act(checker, claim.id, "reopen")).status).toBe("DRAFT");
    await act(checker, claim.id, "submit");
    const teammates = await createTestClaim(ws.members.EDITOR.actor, articleId);
    await act(ws.members.EDITOR.actor, teammates.id, "submit");
    expect((await failure(act(checker, teammates.id, "reopen"))).message).toMatch(/author, its checker/);
    await act(ws.members.EDITOR.actor, claim.id, "approve");
    expect((await failure(act(checker, claim.id, "reopen"))).code).toBe("forbidden");
    expect((await act(ws.members.ADMIN.actor, claim.id, "reopen")).status).toBe("DRAFT");
    expect((await failure(act(ws.members.VIEWER.actor, claim.id, "submit"))).code).toBe("forbidden");
    expect((await failure(act(other.members.ADMIN.actor, claim.id, "submit"))).code).toBe("not_found");
  });

  it("retracts a published claim with a public note: kept on record, closed to edits and deletion, everyone involved told", async () => {
    const checker = ws.members.FACT_CHECKER;
    const editor = ws.members.EDITOR;
    const claim = await createTestClaim(checker.actor, articleId);
    await act(checker.actor, claim.id, "submit");
    await act(editor.actor, claim.id, "approve");
    const published = await act(editor.actor, claim.id, "publish");
    expect(await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
      firstPublished: expect.any(Date),
    });
    expect((await failure(act(checker.actor, claim.id, "retract", { comment: "خطأ" }))).code).toBe("forbidden");
    expect((await failure(act(ws.members.ADMIN.actor, claim.id, "retract"))).fields).toHaveProperty("comment");
    const note = "تبيّن أن البيان الذي استند إليه التحقق مزوّر.";
    const retracted = await act(ws.members.ADMIN.actor, claim.id, "retract", {
      comment: note,
      version: published.version,
    });
    expect(retracted).toMatchObject({ status: "RETRACTED", version: published.version + 1 });
    expect(await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
      retractedById: ws.members.ADMIN.id,
      retractionNote: note,
      deletedAt: null,
    });
    // The checker (author) and the editor who approved it are told, with the note.
    for (const id of [checker.id, editor.id])
      expect(
        (await noticesOf(id, claim.id))
          .filter((n) => n.kind === "RETRACTED")
          .map((n) => (n.payload as { excerpt: string }).excerpt),
      ).toEqual([note]);
    expect(await getDb().claimPublication.count({ where: { claimId: claim.id } })).toBe(1);
    expect((await failure(act(ws.members.ADMIN.actor, claim.id, "retract", { comment: note }))).code).toBe("conflict");
    expect((await failure(act(ws.members.ADMIN.actor, claim.id, "reopen"))).code).toBe("conflict");
    const edit = await failure(
      updateClaimSheet(editor.actor, claim.id, ZUpdateClaimSheet.parse({ version: retracted.version, tags: ["x"] })),
    );
    expect(edit.code).toBe("conflict");
    const transitions = await listTransitions(editor.actor, claim.id);
    expect(transitions.actions.filter((a) => a.allowed)).toEqual([]);
  });

  it("refuses to retract what was never published, and a claim's own checker", async () => {
    const editor = ws.members.EDITOR.actor;
    const draft = await createTestClaim(ws.members.FACT_CHECKER.actor, articleId);
    const never = await failure(act(editor, draft.id, "retract", { comment: "سحب" }));
    expect(never).toMatchObject({ code: "conflict", message: expect.stringMatching(/never published/) });
    const own = await createTestClaim(editor, articleId);
    await act(editor, own.id, "submit");
    await act(secondEditor, own.id, "approve");
    await act(secondEditor, own.id, "publish");
    const mine = await failure(act(editor, own.id, "retract", { comment: "سحب" }));
    expect(mine).toMatchObject({ code: "forbidden", message: expect.stringMatching(/checker/) });
    expect((await act(secondEditor, own.id, "retract", { comment: "سحب" })).status).toBe("RETRACTED");
  });
});
