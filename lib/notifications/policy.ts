import type { NotificationKind, Role } from "@/lib/db/generated/enums";
import { rolesThatCan } from "@/lib/permissions/roles";

// THE notification policy: which change tells whom, as a table (like lib/workflow/rules.ts for the
// workflow). Data functions name the event; lib/notifications/notify.ts applies this table in the
// change's own transaction. Two rules hold for every row: nobody is told about their own action, and
// nobody is told twice about one change.

/** Who hears of a change, read from the claim and the change itself. */
export type TAudience =
  /** who wrote the claim, its checker and who submitted it */
  | "authors"
  /** the claim's checker (after an assignment: the new one) */
  | "checker"
  /** the claim's named reviewer (after an assignment: the new one) */
  | "reviewer"
  /** the named reviewer, or every member whose role reviews when none is named */
  | "reviewers"
  /** the named reviewer, else whoever approved the claim */
  | "approver"
  /** members @mentioned in the comment that came with the change */
  | "mentioned";

export const NOTIFICATION_POLICY = {
  /** A checker was assigned (one claim, or many at once from a queue). */
  "claim.assigned": { kind: "ASSIGNED", to: ["checker"] },
  "claim.reviewer_assigned": { kind: "REVIEW_ASSIGNED", to: ["reviewer"] },
  "workflow.submit": { kind: "REVIEW_WAITING", to: ["reviewers"] },
  /** The editor's note goes with it (`excerpt`), so the checker reads it in the bell. */
  "workflow.request_changes": { kind: "CHANGES_REQUESTED", to: ["authors"] },
  "workflow.approve": { kind: "APPROVED", to: ["authors"] },
  "workflow.publish": { kind: "PUBLISHED", to: ["authors"] },
  "workflow.retract": { kind: "RETRACTED", to: ["authors", "approver"] },
  /** Published content of an approved claim changed: the approval no longer holds. */
  "workflow.approval_dismissed": { kind: "APPROVAL_DISMISSED", to: ["approver"] },
  /** Published content of a published claim changed: a correction waits for review. */
  "workflow.correction_started": { kind: "REVIEW_WAITING", to: ["reviewers"] },
  /** A comment, a reply, an edit that adds a mention, or the note of "request changes". */
  "comment.mentioned": { kind: "MENTIONED", to: ["mentioned"] },
  // Not listed, so nobody is told: creating, deleting or moving a claim, a text edit, reopening a claim,
  // editing a sheet (except the assignments above), resolving a comment.
} as const satisfies Record<string, { kind: NotificationKind; to: readonly TAudience[] }>;

export type TNotifiedEvent = keyof typeof NOTIFICATION_POLICY;

export const isNotified = (event: string): event is TNotifiedEvent => event in NOTIFICATION_POLICY;

/** The claim's people the audiences are read from. */
export type TClaimPeople = {
  createdById: string;
  assigneeId: string | null;
  submittedById: string | null;
  reviewerId: string | null;
  approvedById: string | null;
};

/**
 * Whom an event tells: named users, plus every member of the listed roles (when a review waits and
 * nobody is named), minus the actor and anyone in `except` (told already about the same change).
 */
export function audienceOf(
  event: TNotifiedEvent,
  claim: TClaimPeople,
  { actorId, mentioned = [], except = [] }: { actorId: string; mentioned?: string[]; except?: string[] },
): { userIds: string[]; roles: Role[] } {
  const userIds: (string | null)[] = [];
  const roles: Role[] = [];
  for (const audience of NOTIFICATION_POLICY[event].to) {
    if (audience === "authors") userIds.push(claim.createdById, claim.assigneeId, claim.submittedById);
    if (audience === "checker") userIds.push(claim.assigneeId);
    if (audience === "reviewer") userIds.push(claim.reviewerId);
    if (audience === "approver") userIds.push(claim.reviewerId ?? claim.approvedById);
    if (audience === "mentioned") userIds.push(...mentioned);
    if (audience === "reviewers") {
      if (claim.reviewerId) userIds.push(claim.reviewerId);
      else roles.push(...rolesThatCan("reviewClaims"));
    }
  }
  const skip = new Set([actorId, ...except]);
  return { userIds: [...new Set(userIds)].filter((id): id is string => Boolean(id) && !skip.has(id!)), roles };
}
