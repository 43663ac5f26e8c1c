import { beforeAll, describe, expect, it } from "vitest";
import { ZUpdateClaimSheet } from "@/lib/claim-sheet/schemas";
import { updateClaimSheet } from "@/lib/claim-sheet/update-claim-sheet";
import { createTestArticle, createTestClaim } from "@/lib/testing/claims";
import { createTestWorkspace, type TestWorkspace } from "@/lib/testing/factories";
import { ZTransition } from "@/lib/workflow/schemas";
import { transitionClaim } from "@/lib/workflow/transition-claim";
import { getQueue } from "./get-queue";
import { ZQueueQuery } from "./schemas";

let ws: TestWorkspace;
let other: TestWorkspace;
const queue = (role: keyof TestWorkspace["members"], value: object, space = () => ws) =>
  getQueue(space().members[role].actor, ZQueueQuery.parse(value));

beforeAll(async () => {
  [ws, other] = await Promise.all([createTestWorkspace("queue"), createTestWorkspace("queue-other")]);
});

describe("queues (real PostgreSQL)", () => {
  it("list my work by status with counts, and the claims waiting for my review, with filters", async () => {
    const { EDITOR: editor, FACT_CHECKER: checker, ADMIN: admin } = ws.members;
    const [first, second] = [
      await createTestArticle(editor.actor, "الأول"),
      await createTestArticle(editor.actor, "الثاني"),
    ];
    const assign = async (articleId: string, reviewerId?: string) => {
      const claim = await createTestClaim(editor.actor, articleId);
      const sheet = await updateClaimSheet(
        editor.actor,
        claim.id,
        ZUpdateClaimSheet.parse({ version: claim.version, assigneeId: checker.id, reviewerId }),
      );
      return { id: claim.id, version: sheet.version };
    };
    const drafted = await assign(first);
    const submitted = await assign(first);
    const elsewhere = await assign(second, admin.id);
    await transitionClaim(checker.actor, submitted.id, ZTransition.parse({ action: "submit" }));
    await transitionClaim(checker.actor, elsewhere.id, ZTransition.parse({ action: "submit" }));
    // Nobody assigned: the editor who marked it checks it.
    const editorsOwn = await createTestClaim(editor.actor, first);

    const work = await queue("FACT_CHECKER", { kind: "work" });
    expect(work.claims.map((c) => c.id).sort()).toEqual([drafted.id, submitted.id, elsewhere.id].sort());
    expect(work.counts).toEqual({
      DRAFT: 1,
      IN_REVIEW: 2,
      CHANGES_REQUESTED: 0,
      APPROVED: 0,
      PUBLISHED: 0,
      RETRACTED: 0,
    });
    expect((await queue("EDITOR", { kind: "work" })).claims.map((c) => c.id)).toEqual([editorsOwn.id]);
    expect((await queue("FACT_CHECKER", { kind: "work", status: "DRAFT" })).claims.map((c) => c.id)).toEqual([
      drafted.id,
    ]);
    const filtered = await queue("FACT_CHECKER", { kind: "work", articleId: second });
    expect(filtered.claims).toMatchObject([
      { id: elsewhere.id, articleTitle: "الثاني", reviewer: { id: admin.id }, rating: { key: "true" } },
    ]);
    expect(filtered.counts.IN_REVIEW).toBe(1);
    expect((await queue("FACT_CHECKER", { kind: "work", rating: "false" })).claims).toEqual([]);

    // The editor reviews claims with no reviewer; the admin sees those too and the one assigned to them.
    // Drafts never appear in "to review", even when asked for.
    expect((await queue("EDITOR", { kind: "review" })).claims.map((c) => c.id)).toEqual([submitted.id]);
    expect(await queue("EDITOR", { kind: "review", status: "DRAFT" })).toMatchObject({
      status: null,
      counts: { IN_REVIEW: 1, APPROVED: 0 },
      claims: [{ id: submitted.id }],
    });
    expect((await queue("ADMIN", { kind: "review" })).claims.map((c) => c.id).sort()).toEqual(
      [submitted.id, elsewhere.id].sort(),
    );
    // Approved claims wait in the queue of whoever approved them (now their reviewer), to be published;
    // published ones leave it.
    await transitionClaim(admin.actor, submitted.id, ZTransition.parse({ action: "approve" }));
    expect(await queue("ADMIN", { kind: "review" })).toMatchObject({ counts: { IN_REVIEW: 1, APPROVED: 1 } });
    expect((await queue("EDITOR", { kind: "review" })).claims).toEqual([]);
    await transitionClaim(admin.actor, submitted.id, ZTransition.parse({ action: "publish" }));
    expect((await queue("ADMIN", { kind: "review" })).claims.map((c) => c.id)).toEqual([elsewhere.id]);
    expect((await queue("ADMIN", { kind: "review", assignee: "none" })).claims).toEqual([]);
    expect((await queue("FACT_CHECKER", { kind: "review" })).claims).toEqual([]);
    expect((await queue("ADMIN", { kind: "review" }, () => other)).claims).toEqual([]);
    expect(ZQueueQuery.safeParse({ kind: "mine" }).success).toBe(false);
    expect(ZQueueQuery.safeParse({ kind: "work", status: "DONE" }).success).toBe(false);
  });
});
