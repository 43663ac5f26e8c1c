import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { recordArticleEvent } from "@/lib/events/record-event";
import { assertAllowed, assertCan, type Actor } from "@/lib/permissions/actor";
import { deleteRefusal } from "@/lib/permissions/rules";

/**
 * Soft delete of a claim never published (lib/permissions/rules.ts: a published one is retracted,
 * never deleted): the row stays (who deleted it and when) for the audit trail; it leaves every list.
 */
export async function deleteClaim(actor: Actor, claimId: string) {
  assertCan(actor, "readArticles");
  const claim = await getDb().claim.findFirst({
    where: { id: claimId, workspaceId: actor.workspaceId, deletedAt: null },
  });
  if (!claim) throw notFound("This claim");
  assertAllowed(deleteRefusal(actor, claim));
  await getDb().$transaction(async (tx) => {
    const deletedAt = new Date();
    // Conditional, so a publication committed since the claim was read keeps it (nothing happens then).
    const gone = await tx.claim.updateMany({
      where: { id: claim.id, deletedAt: null, firstPublished: null },
      data: { deletedAt, deletedById: actor.userId },
    });
    if (gone.count === 0) return;
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      claimId: claim.id,
      actorId: actor.userId,
      action: "claim.deleted",
      before: { deleted: false },
      after: { deleted: true },
      at: deletedAt,
    });
    await recordArticleEvent(tx, {
      workspaceId: actor.workspaceId,
      articleId: claim.articleId,
      actorId: actor.userId,
      type: "claim.deleted",
      claimId: claim.id,
      payload: { id: claim.id },
    });
  });
  return { id: claim.id, deleted: true };
}
