import { recordAudit } from "@/lib/audit/record-audit";
import { PUBLISHED_FIELDS, type TSheetField } from "@/lib/audit/sheet-state";
import type { Claim, Prisma } from "@/lib/db/generated/client";
import { notify } from "@/lib/notifications/notify";
import type { Actor } from "@/lib/permissions/actor";

type Tx = Prisma.TransactionClient;

/**
 * What a sheet edit does to the workflow, in the edit's transaction (`claim` is the row before it):
 * changing published content of an APPROVED claim dismisses the approval (back to IN_REVIEW, the
 * reviewer told); on a PUBLISHED claim it starts a correction (IN_REVIEW, a new round of four eyes)
 * while ClaimPublication keeps what was published. New checkers and reviewers are told.
 */
export async function afterSheetEdit(tx: Tx, actor: Actor, claim: Claim, fields: TSheetField[], at: Date) {
  const base = { workspaceId: actor.workspaceId, actorId: actor.userId, claim };
  if (fields.includes("assigneeId")) {
    const fresh = await tx.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { assigneeId: true } });
    await notify(tx, { ...base, kind: "ASSIGNED", userIds: [fresh.assigneeId] });
  }
  if (fields.includes("reviewerId")) {
    const fresh = await tx.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { reviewerId: true } });
    await notify(tx, { ...base, kind: "REVIEW_ASSIGNED", userIds: [fresh.reviewerId] });
  }
  if (!fields.some((field) => PUBLISHED_FIELDS.includes(field))) return;
  const audit = { workspaceId: actor.workspaceId, claimId: claim.id, actorId: actor.userId, at };
  if (claim.status === "APPROVED") {
    await tx.claim.update({
      where: { id: claim.id },
      data: { status: "IN_REVIEW", approvedAt: null, approvedById: null },
    });
    await recordAudit(tx, {
      ...audit,
      action: "workflow.approval_dismissed",
      before: { status: "APPROVED" },
      after: { status: "IN_REVIEW", fields },
    });
    await notify(tx, { ...base, kind: "APPROVAL_DISMISSED", userIds: [claim.reviewerId ?? claim.approvedById] });
  } else if (claim.status === "PUBLISHED") {
    await tx.claim.update({
      where: { id: claim.id },
      data: {
        status: "IN_REVIEW",
        reviewStartedAt: at,
        submittedAt: at,
        submittedById: actor.userId,
        approvedAt: null,
        approvedById: null,
      },
    });
    await recordAudit(tx, {
      ...audit,
      action: "workflow.correction_started",
      before: { status: "PUBLISHED" },
      after: { status: "IN_REVIEW", fields },
    });
    await notifyReviewWaiting(tx, actor, claim);
  }
}

/** A review is waiting: the claim's reviewer, or every editor and admin when it has none. */
export async function notifyReviewWaiting(tx: Tx, actor: Actor, claim: Claim) {
  const reviewers = claim.reviewerId
    ? [claim.reviewerId]
    : (
        await tx.membership.findMany({
          where: { workspaceId: actor.workspaceId, role: { in: ["ADMIN", "EDITOR"] } },
          select: { userId: true },
        })
      ).map((m) => m.userId);
  await notify(tx, {
    workspaceId: actor.workspaceId,
    actorId: actor.userId,
    claim,
    kind: "REVIEW_WAITING",
    userIds: reviewers,
  });
}
