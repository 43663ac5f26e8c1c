import { getDb } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/permissions/actor";
import { SHEET_INCLUDE, toClaimSheetJson } from "./serialize";

export async function readClaimSheet(workspaceId: string, claimId: string) {
  const row = await getDb().claim.findFirst({
    where: { id: claimId, workspaceId, deletedAt: null },
    include: SHEET_INCLUDE,
  });
  if (!row) throw notFound("This claim");
  return toClaimSheetJson(row);
}

/** The whole claim sheet; any member may read it, another workspace's claim is not found. */
export async function getClaimSheet(actor: Actor, claimId: string) {
  assertCan(actor, "readArticles");
  return readClaimSheet(actor.workspaceId, claimId);
}
