import { recordAudit } from "@/lib/audit/record-audit";
import { PUBLISHED_FIELDS, type TSheetField } from "@/lib/audit/sheet-state";
import type { Claim, Prisma } from "@/lib/db/generated/client";
import { notify } from "@/lib/notifications/notify";
import type { Actor } from "@/lib/permissions/actor";

type Tx = Prisma.TransactionClient;

/**
 * What a sheet edit does to the workflow, in the edit's transaction (`claim` is the row before it):
 * changing published content of an APPROVED claim dismisses the approval (back to IN_REVIEW); on a
 * PUBLISHED claim it starts a correction (IN_REVIEW, a new round of four eyes) while ClaimPublication
 * keeps what was published. Who hears of it: lib/notifications/policy.ts.
 */
export async function afterSheetEdit(tx: Tx, actor: Actor, claim: Claim, fields: TSheetField[], at: Date) {
  if (fields.includes("assigneeId") || fields.includes("reviewerId")) {
    const fresh = await tx.claim.findUniqueOrThrow({ where: { id: claim.id } });
    if (fields.includes("assigneeId")) await notify(tx, actor, "claim.assigned", fresh);
    if (fields.includes("reviewerId")) await notify(tx, actor, "claim.reviewer_assigned", fresh);
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
    await notify(tx, actor, "workflow.approval_dismissed", claim);
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
    await notify(tx, actor, "workflow.correction_started", claim);
  }
}
