import { beforeAll, describe, expect, it } from "vitest";
import { getClaimSheet } from "@/lib/claim-sheet/get-claim-sheet";
import { ZUpdateClaimSheet } from "@/lib/claim-sheet/schemas";
import { updateClaimSheet } from "@/lib/claim-sheet/update-claim-sheet";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { createTestArticle, createTestClaim } from "@/lib/testing/claims";
import { createTestWorkspace, type TestWorkspace } from "@/lib/testing/factories";
import { ZTransition } from "@/lib/workflow/schemas";
import { transitionClaim } from "@/lib/workflow/transition-claim";
import { assignClaims } from "./assign-claims";
import { getQueue } from "./get-queue";
import { ZAssignClaims, ZQueueQuery } from "./schemas";

let ws: TestWorkspace;
let other: TestWorkspace;
let articleId: string;

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
const assignedTo = async (userId: string) =>
  (await getDb().notification.findMany({ where: { userId, kind: "ASSIGNED" } })).map((n) => n.claimId);

beforeAll(async () => {
  [ws, other] = await Promise.all([createTestWorkspace("routing"), createTestWorkspace("routing-other")]);
  articleId = await createTestArticle(ws.members.EDITOR.actor);
});

describe("routing (real PostgreSQL)", () => {
  it("makes whoever marks a claim its checker, so it is in their work from the start", async () => {
    const checker = ws.members.FACT_CHECKER;
    const claim = await createTestClaim(checker.actor, articleId, { ready: false });
    expect((await getClaimSheet(checker.actor, claim.id)).assignee).toMatchObject({ id: checker.id });
    const work = await getQueue(checker.actor, ZQueueQuery.parse({ kind: "work" }));
    expect(work.claims.map((c) => c.id)).toContain(claim.id);
    expect(work.claims.find((c) => c.id === claim.id)?.assignee).toMatchObject({ id: checker.id });
    // Nobody is told about their own claim.
    expect(await assignedTo(checker.id)).not.toContain(claim.id);
  });

  it("lets editors assign many claims at once to someone who may check; the new checker is told of each", async () => {
    const { EDITOR: editor, FACT_CHECKER: checker, ADMIN: admin, VIEWER: viewer } = ws.members;
    const claims = [
      await createTestClaim(editor.actor, articleId, { ready: false }),
      await createTestClaim(admin.actor, articleId, { ready: false }),
    ];
    const ids = claims.map((c) => c.id);
    const result = await assignClaims(editor.actor, ZAssignClaims.parse({ claimIds: ids, assigneeId: checker.id }));
    expect(result.claims.map((c) => [c.id, c.assignee?.id])).toEqual(ids.map((id) => [id, checker.id]));
    expect(await assignedTo(checker.id)).toEqual(expect.arrayContaining(ids));
    const work = await getQueue(checker.actor, ZQueueQuery.parse({ kind: "work", assignee: checker.id }));
    expect(work.claims.map((c) => c.id)).toEqual(expect.arrayContaining(ids));

    // Reassigning: the new checker is told, the claim leaves the old one's work.
    await assignClaims(admin.actor, ZAssignClaims.parse({ claimIds: [ids[0]], assigneeId: editor.id }));
    expect(await assignedTo(editor.id)).toEqual([ids[0]]);
    expect((await getQueue(checker.actor, ZQueueQuery.parse({ kind: "work" }))).claims.map((c) => c.id)).not.toContain(
      ids[0],
    );

    // Only members who may check, only editors and admins assign, only this workspace's claims.
    const toViewer = await failure(
      assignClaims(editor.actor, ZAssignClaims.parse({ claimIds: ids, assigneeId: viewer.id })),
    );
    expect(toViewer.fields?.assigneeId).toMatch(/cannot check claims/);
    expect(
      (await failure(assignClaims(checker.actor, ZAssignClaims.parse({ claimIds: ids, assigneeId: checker.id })))).code,
    ).toBe("forbidden");
    const foreign = await createTestClaim(
      other.members.EDITOR.actor,
      await createTestArticle(other.members.EDITOR.actor),
    );
    expect(
      (
        await failure(
          assignClaims(editor.actor, ZAssignClaims.parse({ claimIds: [ids[1], foreign.id], assigneeId: null })),
        )
      ).code,
    ).toBe("not_found");
    expect((await getClaimSheet(editor.actor, ids[1])).assignee).toMatchObject({ id: checker.id });
    expect(ZAssignClaims.safeParse({ claimIds: [], assigneeId: null }).success).toBe(false);
  });

  it("lets a checker take an unassigned claim or give up their own, but not hand it to someone else", async () => {
    const { FACT_CHECKER: checker, EDITOR: editor } = ws.members;
    const claim = await createTestClaim(editor.actor, articleId, { ready: false });
    const patch = (version: number, assigneeId: string | null) =>
      updateClaimSheet(checker.actor, claim.id, ZUpdateClaimSheet.parse({ version, assigneeId }));
    expect((await failure(patch(1, checker.id))).code).toBe("forbidden");
    const freed = await updateClaimSheet(
      editor.actor,
      claim.id,
      ZUpdateClaimSheet.parse({ version: 1, assigneeId: null }),
    );
    const taken = await patch(freed.version, checker.id);
    expect(taken.assignee).toMatchObject({ id: checker.id });
    expect((await failure(patch(taken.version, editor.id))).code).toBe("forbidden");
    expect((await patch(taken.version, null)).assignee).toBeNull();
  });

  it("sends a resubmission back to the editor who asked for changes, and shows who approved it", async () => {
    const { FACT_CHECKER: checker, EDITOR: editor, ADMIN: admin } = ws.members;
    const claim = await createTestClaim(checker.actor, articleId);
    const act = (actor: typeof checker.actor, action: string, comment?: string) =>
      transitionClaim(actor, claim.id, ZTransition.parse({ action, comment }));
    await act(checker.actor, "submit");
    expect((await getQueue(admin.actor, ZQueueQuery.parse({ kind: "review" }))).claims.map((c) => c.id)).toContain(
      claim.id,
    );
    await act(editor.actor, "request_changes", "أضف مصدرًا رسميًا.");
    await act(checker.actor, "submit");
    // Now the editor's to review it, and no longer every editor's.
    expect((await getQueue(admin.actor, ZQueueQuery.parse({ kind: "review" }))).claims.map((c) => c.id)).not.toContain(
      claim.id,
    );
    expect((await getQueue(editor.actor, ZQueueQuery.parse({ kind: "review" }))).claims.map((c) => c.id)).toContain(
      claim.id,
    );
    const approved = await act(editor.actor, "approve");
    expect(approved).toMatchObject({ reviewer: { id: editor.id }, workflow: { approvedBy: { id: editor.id } } });
  });
});
