import { ensureReportSlug } from "@/lib/reports/report-slug";
import { recordAudit } from "@/lib/audit/record-audit";
import { readClaimSheet } from "@/lib/claim-sheet/get-claim-sheet";
import { StaleClaimError } from "@/lib/claim-sheet/write-claim-sheet";
import { toClaimJson } from "@/lib/claims/serialize";
import { insertComment } from "@/lib/comments/insert-comment";
import { getDb } from "@/lib/db/client";
import type { Claim, NotificationKind, Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { recordArticleEvent } from "@/lib/events/record-event";
import { errorText } from "@/lib/i18n/error-text";
import { notify } from "@/lib/notifications/notify";
import { assertCan, type Actor } from "@/lib/permissions/actor";
import { enqueueClaimDeliveries } from "@/lib/webhooks/enqueue";
import { kickDeliveries } from "@/lib/webhooks/worker";
import { notifyReviewWaiting } from "./after-sheet-edit";
import { readClaimFacts } from "./claim-facts";
import { authorsOf, checkTransition, RULES, type TClaimFacts, type TTransition } from "./rules";
import type { TTransitionInput } from "./schemas";

type Tx = Prisma.TransactionClient;

/** The workflow columns a transition sets besides the status. */
function stampsFor(action: TTransition, claim: Claim, actor: Actor, at: Date): Prisma.ClaimUpdateManyMutationInput {
  switch (action) {
    case "submit":
      // Resubmitting after changes continues the round that began at the first submission.
      return {
        submittedAt: at,
        submittedById: actor.userId,
        reviewStartedAt: claim.status === "DRAFT" ? at : (claim.reviewStartedAt ?? at),
      };
    case "approve":
      return { approvedAt: at, approvedById: actor.userId };
    case "reopen":
      return { reviewStartedAt: null, submittedAt: null, approvedAt: null, approvedById: null };
    default:
      return {};
  }
}

const TOLD: Partial<Record<TTransition, NotificationKind>> = {
  request_changes: "CHANGES_REQUESTED",
  approve: "APPROVED",
  publish: "PUBLISHED",
};

type TSheet = Awaited<ReturnType<typeof readClaimSheet>>;

async function publish(
  tx: Tx,
  actor: Actor,
  claim: Claim,
  facts: TClaimFacts,
  snapshot: TSheet,
  note: string | undefined,
  at: Date,
) {
  // The sheet was read at this version before the transaction, and the conditional update has just
  // proved the version unchanged, so the snapshot is exactly what is being published.
  const { workflow: _workflow, ...sheet } = snapshot;
  const published = { ...sheet, status: "PUBLISHED", version: claim.version + 1 };
  const number = facts.publicationCount + 1;
  await tx.claimPublication.create({
    data: {
      workspaceId: actor.workspaceId,
      claimId: claim.id,
      number,
      version: claim.version + 1,
      sheet: published,
      correctionNote: note ?? null,
      publishedAt: at,
      publishedById: actor.userId,
    },
  });
  return number;
}

/**
 * Moves a claim along the workflow (lib/workflow/rules.ts says who may, from where). Atomic: the
 * status changes only `where status = <as read> and version = <as read>`, so of two reviewers acting
 * at once one wins and the other gets a 409 naming the claim's state now, with the current sheet.
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
      data: { status: rule.to, version: { increment: 1 }, ...stampsFor(action, claim, actor, at) },
    });
    if (moved.count === 0) return false;
    const note = action === "publish" ? comment : undefined;
    const number = snapshot ? await publish(tx, actor, claim, facts, snapshot, note, at) : undefined;
    // A published claim always has a public report address.
    if (snapshot) await ensureReportSlug(tx, claim.articleId);
    if (number)
      deliveries = await enqueueClaimDeliveries(tx, {
        workspaceId: actor.workspaceId,
        articleId: claim.articleId,
        claimId: claim.id,
        publication: number,
        at,
      });
    const audit = { workspaceId: actor.workspaceId, claimId: claim.id, actorId: actor.userId, at };
    await recordAudit(tx, {
      ...audit,
      action: `workflow.${action}`,
      before: { status: claim.status },
      after: { status: rule.to, comment: comment ?? null, ...(number && { publication: number }) },
    });
    if (comment && action !== "publish") await insertComment(tx, actor, claim, { body: comment });
    if (action === "submit") await notifyReviewWaiting(tx, actor, claim);
    const kind = TOLD[action];
    if (kind)
      await notify(tx, {
        workspaceId: actor.workspaceId,
        actorId: actor.userId,
        claim,
        kind,
        userIds: authorsOf(facts),
        extra: comment ? { excerpt: comment.slice(0, 200) } : undefined,
      });
    const fresh = await tx.claim.findUniqueOrThrow({ where: { id: claim.id } });
    const payload = { ...toClaimJson(fresh), version: fresh.version, changed: ["status"], action };
    await recordArticleEvent(tx, {
      workspaceId: actor.workspaceId,
      articleId: claim.articleId,
      actorId: actor.userId,
      type: "claim.updated",
      claimId: claim.id,
      payload,
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
