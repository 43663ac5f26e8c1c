import { getDb } from "@/lib/db/client";
import type { ClaimStatus } from "@/lib/db/generated/enums";
import type { Actor } from "@/lib/permissions/actor";
import { transitionClaim } from "@/lib/workflow/transition-claim";

const STEPS: Record<ClaimStatus, ("submit" | "request_changes" | "approve" | "publish")[]> = {
  DRAFT: [],
  IN_REVIEW: ["submit"],
  CHANGES_REQUESTED: ["submit", "request_changes"],
  APPROVED: ["submit", "approve"],
  PUBLISHED: ["submit", "approve", "publish"],
};

/**
 * Takes a checked claim to `status` through the real review workflow: the checker submits, an editor
 * of the workspace (never the checker: four eyes) reviews, approves and publishes.
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
      comment: action === "request_changes" ? "أضف مصدرًا أوليًا." : undefined,
    });
  }
}
