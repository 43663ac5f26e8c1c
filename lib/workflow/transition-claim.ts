import { recordAudit } from "@/lib/audit/record-audit";
import { readClaimSheet } from "@/lib/claim-sheet/get-claim-sheet";
import { StaleClaimError } from "@/lib/claim-sheet/write-claim-sheet";
import { toClaimJson } from "@/lib/claims/serialize";
import { insertComment } from "@/lib/comments/insert-comment";
import { excerptOf } from "@/lib/comments/mentions";
import { getDb } from "@/lib/db/client";
import type { Claim, Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { recordArticleEvent } from "@/lib/events/record-event";
import { errorText } from "@/lib/i18n/error-text";
import { notify } from "@/lib/notifications/notify";
import { isNotified } from "@/lib/notifications/policy";
import { assertCan, type Actor } from "@/lib/permissions/actor";
import { kickDeliveries } from "@/lib/webhooks/worker";
import { readClaimFacts } from "./claim-facts";
import { recordPublication, recordRetraction } from "./publication";
import { checkTransition, RULES, type TTransition } from "./rules";
import type { TTransitionInput } from "./schemas";

/** The workflow columns a transition sets besides the status. */
function stampsFor(
  action: TTransition,
  claim: Claim,
  actor: Actor,
  at: Date,
  comment?: string,
): Prisma.ClaimUncheckedUpdateManyInput {
  switch (action) {
    case "submit":
      // Resubmitting after changes continues the round that began at the first submission.
      return {
        submittedAt: at,
        submittedById: actor.userId,
        reviewStartedAt: claim.status === "DRAFT" ? at : (claim.reviewStartedAt ?? at),
      };
    // Whoever reviews a claim nobody was named for becomes its reviewer: the resubmission goes to them.
    case "request_changes":
      return { reviewerId: claim.reviewerId ?? actor.userId };
    case "approve":
      return { approvedAt: at, approvedById: actor.userId, reviewerId: claim.reviewerId ?? actor.userId };
    case "publish":
      return { firstPublished: claim.firstPublished ?? at };
    case "reopen":
      return { reviewStartedAt: null, submittedAt: null, approvedAt: null, approvedById: null };
    case "retract":
      return { retractedAt: at, retractedById: actor.userId, retractionNote: comment };
  }
}

/**
 * Moves a claim along the workflow (lib/workflow/rules.ts says who may, from where). Atomic: the
 * status changes only `where status = <as read> and version = <as read>`, so of two reviewers acting
 * at once one wins and the other gets a 409 naming the claim's state now, with the current sheet.
 * Who is told: lib/notifications/policy.ts.
 */
export async function transitionClaim(actor: Actor, claimId: string, { action, comment, version }: TTransitionInput) {
  assertCan(actor, "readArticles");
  const { claim, facts } = await readClaimFacts(actor.workspaceId, claimId);
  const refused = checkTransition(actor, facts, action, comment);
  if (refused) throw new AppError(refused.code, refused.message, refused.fields);
  if (version !== undefined && version !== claim.version)
    throw new StaleClaimError(await readClaimSheet(actor.workspaceId, claimId), version);
  // Read before the transaction (the sheet's relations load in parallel); pinned by the version check below.
  const snapshot = action === "publish" ? await readClaimSheet(actor.workspaceId, claimId) : null;
  const rule = RULES[action];
  const at = new Date();
  let deliveries = 0;
  const won = await getDb().$transaction(async (tx) => {
    const moved = await tx.claim.updateMany({
      where: {
        id: claim.id,
        workspaceId: actor.workspaceId,
        deletedAt: null,
        status: claim.status,
        version: claim.version,
      },
      data: { status: rule.to, version: { increment: 1 }, ...stampsFor(action, claim, actor, at, comment) },
    });
    if (moved.count === 0) return false;
    const number = snapshot ? facts.publicationCount + 1 : undefined;
    if (snapshot)
      deliveries = await recordPublication(tx, actor, claim, { snapshot, number: number!, note: comment, at });
    if (action === "retract")
      deliveries = await recordRetraction(tx, actor, claim, { note: comment!, count: facts.publicationCount, at });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId,
      claimId: claim.id,
      actorId: actor.userId,
      at,
      action: `workflow.${action}`,
      before: { status: claim.status },
      after: { status: rule.to, comment: comment ?? null, ...(number && { publication: number }) },
    });
    const event = `workflow.${action}` as const;
    const told = isNotified(event)
      ? await notify(tx, actor, event, claim, { extra: comment ? { excerpt: excerptOf(comment) } : undefined })
      : [];
    // The request for changes is also a comment on the claim; whoever it already told is not told again.
    if (action === "request_changes")
      await insertComment(tx, actor, claim, { body: comment! }, { except: told, field: "comment" });
    const fresh = await tx.claim.findUniqueOrThrow({ where: { id: claim.id } });
    await recordArticleEvent(tx, {
      workspaceId: actor.workspaceId,
      articleId: claim.articleId,
      actorId: actor.userId,
      type: "claim.updated",
      claimId: claim.id,
      payload: { ...toClaimJson(fresh), version: fresh.version, changed: ["status"], action },
    });
    return true;
  });
  if (deliveries > 0) kickDeliveries();
  const sheet = await readClaimSheet(actor.workspaceId, claimId);
  if (!won)
    throw Object.assign(new AppError("conflict", errorText("transitionRace", { status: sheet.status })), {
      current: sheet,
    });
  return sheet;
}
