import { findArticleWithText } from "@/lib/articles/get-article";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db/client";
import { recordArticleEvent } from "@/lib/events/record-event";
import { assertCan, type Actor } from "@/lib/permissions/actor";
import { placeClaim } from "./place-claim";
import type { TCreateClaim } from "./schemas";
import { toClaimJson } from "./serialize";

export async function createClaim(actor: Actor, articleId: string, input: TCreateClaim) {
  assertCan(actor, "createClaims");
  const { article, revision } = await findArticleWithText(actor, articleId);
  const { quote, position } = placeClaim(revision.text, input);
  return getDb().$transaction(async (tx) => {
    const claim = await tx.claim.create({
      data: {
        workspaceId: actor.workspaceId,
        articleId: article.id,
        revision: revision.number,
        ...quote,
        ...position,
        createdById: actor.userId,
        // Routing: whoever marks a claim checks it until an editor assigns someone else.
        assigneeId: actor.userId,
      },
    });
    const json = toClaimJson(claim);
    const after = { status: claim.status, selector: json.selector, revision: claim.revision, assigneeId: actor.userId };
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      claimId: claim.id,
      actorId: actor.userId,
      action: "claim.created",
      after,
    });
    await recordArticleEvent(tx, {
      workspaceId: actor.workspaceId,
      articleId: article.id,
      actorId: actor.userId,
      type: "claim.created",
      claimId: claim.id,
      payload: json,
    });
    return json;
  });
}
