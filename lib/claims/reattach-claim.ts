import { findArticleWithText } from "@/lib/articles/get-article";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { recordArticleEvent } from "@/lib/events/record-event";
import { assertAllowed, type Actor } from "@/lib/permissions/actor";
import { moveRefusal } from "@/lib/permissions/rules";
import { orphanColumns, orphanReasonOf } from "./orphan-columns";
import { placeClaim } from "./place-claim";
import type { TCreateClaim } from "./schemas";
import { toClaimJson } from "./serialize";

/** Moves a claim (typically an orphan) to a span a person chose on the current revision. */
export async function reattachClaim(actor: Actor, claimId: string, input: TCreateClaim) {
  const claim = await getDb().claim.findFirst({
    where: { id: claimId, workspaceId: actor.workspaceId, deletedAt: null },
  });
  if (!claim) throw notFound("This claim");
  assertAllowed(moveRefusal(actor, claim));
  const { revision } = await findArticleWithText(actor, claim.articleId);
  const { quote, position } = placeClaim(revision.text, input);
  return getDb().$transaction(async (tx) => {
    const moved = await tx.claim.update({
      where: { id: claim.id },
      data: { ...quote, ...position, revision: revision.number, anchored: true, ...orphanColumns(null) },
    });
    const json = toClaimJson(moved);
    const place = (c: typeof claim) => ({
      selector: toClaimJson(c).selector,
      revision: c.revision,
      anchored: c.anchored,
      orphanReason: orphanReasonOf(c),
    });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      claimId: claim.id,
      actorId: actor.userId,
      action: "claim.reattached",
      before: place(claim),
      after: place(moved),
    });
    await recordArticleEvent(tx, {
      workspaceId: actor.workspaceId,
      articleId: claim.articleId,
      actorId: actor.userId,
      type: "claim.updated",
      claimId: claim.id,
      payload: json,
    });
    return json;
  });
}
