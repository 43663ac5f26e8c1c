import { beforeAll, describe, expect, it } from "vitest";
import { updateArticle } from "@/lib/articles/update-article";
import { ZUpdateArticle } from "@/lib/articles/schemas";
import { ZUpdateClaimSheet } from "@/lib/claim-sheet/schemas";
import { updateClaimSheet } from "@/lib/claim-sheet/update-claim-sheet";
import { deleteClaim } from "@/lib/claims/delete-claim";
import { reattachClaim } from "@/lib/claims/reattach-claim";
import { ZCreateClaim } from "@/lib/claims/schemas";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { removeSource } from "@/lib/sources/remove-source";
import { ZRemoveSource } from "@/lib/sources/schemas";
import { createTestArticle, createTestClaim, TEST_ARTICLE } from "@/lib/testing/claims";
import { createTestWorkspace, type TestWorkspace } from "@/lib/testing/factories";
import { ZTransition } from "@/lib/workflow/schemas";
import { transitionClaim } from "@/lib/workflow/transition-claim";
import { getClaimHistory } from "./get-history";

let ws: TestWorkspace;
let other: TestWorkspace;
let articleId: string;

beforeAll(async () => {
  [ws, other] = await Promise.all([createTestWorkspace("history"), createTestWorkspace("history-other")]);
  articleId = await createTestArticle(ws.members.FACT_CHECKER.actor);
});

describe("claim history (real PostgreSQL)", () => {
  it("records creation, every sheet change with before and after, transitions and deletion, with the actors' names", async () => {
    const checker = ws.members.FACT_CHECKER;
    const editor = ws.members.EDITOR;
    const claim = await createTestClaim(checker.actor, articleId);
    const assigned = await updateClaimSheet(
      editor.actor,
      claim.id,
      ZUpdateClaimSheet.parse({ version: claim.version, assigneeId: checker.id, reviewerId: editor.id }),
    );
    const submitted = await transitionClaim(checker.actor, claim.id, ZTransition.parse({ action: "submit" }));
    await removeSource(
      checker.actor,
      claim.id,
      submitted.sources[0].id,
      ZRemoveSource.parse({ version: submitted.version }),
    );
    await deleteClaim(editor.actor, claim.id);

    const { entries } = await getClaimHistory(ws.members.VIEWER.actor, claim.id);
    expect(entries.map((e) => [e.action, e.actor?.name])).toEqual([
      ["claim.created", `FACT_CHECKER ${ws.slug}`],
      ["sheet.updated", `FACT_CHECKER ${ws.slug}`],
      ["sheet.updated", `FACT_CHECKER ${ws.slug}`],
      ["sheet.updated", `FACT_CHECKER ${ws.slug}`],
      ["sheet.updated", `EDITOR ${ws.slug}`],
      ["workflow.submit", `FACT_CHECKER ${ws.slug}`],
      ["sheet.updated", `FACT_CHECKER ${ws.slug}`],
      ["claim.deleted", `EDITOR ${ws.slug}`],
    ]);
    expect(entries[1].changes).toEqual([
      { field: "statement", before: null, after: "الكاظمي نجا من هجوم بطائرة مسيّرة" },
    ]);
    expect(entries[3].changes.map((c) => c.field)).toEqual(["verdict"]);
    expect(entries[3].changes[0]).toMatchObject({
      before: { ratingKey: null },
      after: { ratingKey: "true", conclusion: "صحيح: أكدت الحكومة العراقية الهجوم." },
    });
    // The checker is already the claim's checker (they marked it): only the reviewer changed.
    expect(entries[4].changes).toEqual([
      { field: "reviewerId", before: null, after: { id: editor.id, name: `EDITOR ${ws.slug}` } },
    ]);
    expect(entries[5].changes).toContainEqual({ field: "status", before: "DRAFT", after: "IN_REVIEW" });
    expect(entries[6].changes[0]).toMatchObject({
      field: "sources",
      summary: { added: [], removed: ["Reuters"], edited: [], reordered: false },
    });
    expect(assigned.version).toBe(claim.version + 1);
  });

  it("records a claim losing its words and being attached again, and is not found from another workspace", async () => {
    const editor = ws.members.EDITOR.actor;
    const claim = await createTestClaim(editor, articleId, { ready: false, exact: "7 من أفراد الحماية" });
    const article = await getDb().article.findUniqueOrThrow({ where: { id: articleId } });
    await updateArticle(
      editor,
      articleId,
      ZUpdateArticle.parse({
        text: TEST_ARTICLE.replace("وأصيب 7 من أفراد الحماية بجروح.", "ولم تُسجَّل إصابات."),
        revision: article.revision,
      }),
    );
    await reattachClaim(editor, claim.id, ZCreateClaim.parse({ exact: "ولم تُسجَّل إصابات" }));
    const { entries } = await getClaimHistory(editor, claim.id);
    expect(entries.map((e) => e.action)).toEqual(["claim.created", "claim.orphaned", "claim.reattached"]);
    expect(entries[2].changes.find((c) => c.field === "anchored")).toEqual({
      field: "anchored",
      before: false,
      after: true,
    });
    const error = await getClaimHistory(other.members.ADMIN.actor, claim.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("not_found");
  });
});
