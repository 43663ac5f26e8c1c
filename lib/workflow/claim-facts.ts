import { PUBLISHED_FIELDS, type TSheetField } from "@/lib/audit/sheet-state";
import { getDb } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import type { TClaimFacts } from "./rules";

/** The claim as the workflow rules see it; another workspace's or a deleted claim is not found. */
export async function readClaimFacts(workspaceId: string, claimId: string) {
  const db = getDb();
  const claim = await db.claim.findFirst({ where: { id: claimId, workspaceId, deletedAt: null } });
  if (!claim) throw notFound("This claim");
  const sourceCount = await db.source.count({ where: { claimId } });
  const publicationCount = await db.claimPublication.count({ where: { claimId } });
  const edits = claim.reviewStartedAt
    ? await db.claimAudit.findMany({
        where: { claimId, action: "sheet.updated", at: { gte: claim.reviewStartedAt } },
        select: { actorId: true, after: true },
      })
    : [];
  const editorsSinceSubmission = edits
    .filter((edit) =>
      Object.keys((edit.after ?? {}) as object).some((field) => PUBLISHED_FIELDS.includes(field as TSheetField)),
    )
    .map((edit) => edit.actorId);
  const facts: TClaimFacts = {
    ...claim,
    sourceCount,
    publicationCount,
    editorsSinceSubmission: [...new Set(editorsSinceSubmission)],
  };
  return { claim, facts };
}
