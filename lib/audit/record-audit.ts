import type { Prisma } from "@/lib/db/generated/client";

type Tx = Prisma.TransactionClient;

/** What the history records (GET /claims/{id}/history lists them; nothing updates or deletes them). */
export type TAuditAction =
  | "claim.created"
  | "claim.deleted"
  | "claim.reattached"
  | "claim.orphaned"
  | "claim.reanchored"
  | "sheet.updated"
  | "workflow.submit"
  | "workflow.request_changes"
  | "workflow.approve"
  | "workflow.publish"
  | "workflow.reopen"
  | "workflow.retract"
  | "workflow.approval_dismissed"
  | "workflow.correction_started"
  | "comment.created"
  | "comment.edited"
  | "comment.resolved"
  | "comment.reopened";

export type TAuditEntry = {
  workspaceId: string;
  claimId: string;
  actorId: string;
  action: TAuditAction;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  at?: Date;
};

/** Appends one entry inside the caller's transaction, so the history and the change commit together. */
export async function recordAudit(tx: Tx, entry: TAuditEntry) {
  await tx.claimAudit.create({ data: { ...entry, at: entry.at ?? new Date() } });
}
