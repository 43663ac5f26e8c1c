import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db/client";
import { forbidden, notFound } from "@/lib/errors";
import { errorText } from "@/lib/i18n/error-text";
import { recordArticleEvent } from "@/lib/events/record-event";
import { assertCan, type Actor } from "@/lib/permissions/actor";
import { roleCan } from "@/lib/permissions/roles";

/** Who may delete or move a claim: its author (if still a checker or above), editors and admins. */
export function canDeleteClaim(actor: Actor, claim: { createdById: string }) {
  return (
    roleCan(actor.role, "deleteAnyClaim") || (roleCan(actor.role, "createClaims") && claim.createdById === actor.userId)
  );
}

/** Soft delete: the row stays (who deleted it and when) for the audit trail; it leaves every list. */
export async function deleteClaim(actor: Actor, claimId: string) {
  assertCan(actor, "readArticles");
  const claim = await getDb().claim.findFirst({
    where: { id: claimId, workspaceId: actor.workspaceId, deletedAt: null },
  });
  if (!claim) throw notFound("This claim");
  if (!canDeleteClaim(actor, claim)) throw forbidden(errorText("cannotDeleteClaim"));
  await getDb().$transaction(async (tx) => {
    const deletedAt = new Date();
    await tx.claim.update({ where: { id: claim.id }, data: { deletedAt, deletedById: actor.userId } });
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
