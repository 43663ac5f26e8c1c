import { getDb } from "@/lib/db/client";
import type { ClaimStatus } from "@/lib/db/generated/enums";
import type { Actor } from "@/lib/permissions/actor";
import { transitionClaim } from "@/lib/workflow/transition-claim";

type TStep = "submit" | "request_changes" | "approve" | "publish" | "retract";
const STEPS: Record<ClaimStatus, TStep[]> = {
  DRAFT: [],
  IN_REVIEW: ["submit"],
  CHANGES_REQUESTED: ["submit", "request_changes"],
  APPROVED: ["submit", "approve"],
  PUBLISHED: ["submit", "approve", "publish"],
  RETRACTED: ["submit", "approve", "publish", "retract"],
};

const COMMENTS: Partial<Record<TStep, string>> = {
  request_changes: "أضف مصدرًا أوليًا.",
  retract: "تبيّن أن الرقم الذي بُني عليه التحقق خاطئ.",
};

/**
 * Takes a checked claim to `status` through the real review workflow: the checker submits, an editor
 * of the workspace (never the checker: four eyes) reviews, approves, publishes and retracts.
 */
export async function walkToStatus(checker: Actor, claimId: string, status: ClaimStatus) {
  const editor = await getDb().membership.findFirstOrThrow({
    where: { workspaceId: checker.workspaceId, role: "EDITOR", userId: { not: checker.userId } },
  });
  const reviewer: Actor = { userId: editor.userId, workspaceId: checker.workspaceId, role: "EDITOR" };
  for (const action of STEPS[status]) {
    const actor = action === "submit" ? checker : reviewer;
    await transitionClaim(actor, claimId, {
      action,
      comment: COMMENTS[action],
    });
  }
}
