import { getDb } from "@/lib/db/client";
import { StaleClaimError } from "@/lib/claim-sheet/write-claim-sheet";
import { updateClaimSheet } from "@/lib/claim-sheet/update-claim-sheet";
import { notFound } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/permissions/actor";
import type { TAssignClaims } from "./schemas";

/** Assigns one claim's checker at its current version; a save that slipped in between gets one retry. */
async function assignOne(actor: Actor, claimId: string, version: number, assigneeId: string | null) {
  try {
    return await updateClaimSheet(actor, claimId, { version, assigneeId });
  } catch (error) {
    if (!(error instanceof StaleClaimError)) throw error;
    return updateClaimSheet(actor, claimId, { version: error.current.version, assigneeId });
  }
}

/**
 * Gives many claims one checker at once (a queue's "assign selected"): editors and admins only, every
 * claim in the workspace (404 otherwise, before anything changes), each through the same sheet write as
 * a single assignment, so each is audited and the new checker is told once per claim.
 */
export async function assignClaims(actor: Actor, { claimIds, assigneeId }: TAssignClaims) {
  assertCan(actor, "assignClaims");
  const ids = [...new Set(claimIds)];
  const claims = await getDb().claim.findMany({
    where: { id: { in: ids }, workspaceId: actor.workspaceId, deletedAt: null },
    select: { id: true, version: true },
  });
  if (claims.length !== ids.length) throw notFound("These claims");
  const assigned = [];
  for (const claim of claims) {
    const sheet = await assignOne(actor, claim.id, claim.version, assigneeId);
    assigned.push({ id: sheet.id, version: sheet.version, assignee: sheet.assignee });
  }
  return { claims: assigned };
}
