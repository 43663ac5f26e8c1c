import { getDb } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/permissions/actor";
import { SHEET_INCLUDE, toClaimSheetJson, type TSheetRow, type TWorkflowExtras } from "./serialize";

/** The names the review bar shows, and the reviewer's note while changes are requested. */
async function readWorkflowExtras(row: TSheetRow): Promise<TWorkflowExtras> {
  const db = getDb();
  const request =
    row.status === "CHANGES_REQUESTED"
      ? await db.claimAudit.findFirst({
          where: { claimId: row.id, action: "workflow.request_changes" },
          orderBy: { id: "desc" },
        })
      : null;
  const ids = [row.approvedById, row.retractedById, request?.actorId].filter((id): id is string => Boolean(id));
  const users = ids.length
    ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })
    : [];
  const person = (id: string | null) => (id ? { id, name: users.find((u) => u.id === id)?.name ?? null } : null);
  const note = (request?.after as { comment?: string } | null)?.comment;
  return {
    person,
    changesRequested: request && note ? { note, by: person(request.actorId), at: request.at.toISOString() } : null,
  };
}

export async function readClaimSheet(workspaceId: string, claimId: string) {
  const row = await getDb().claim.findFirst({
    where: { id: claimId, workspaceId, deletedAt: null },
    include: SHEET_INCLUDE,
  });
  if (!row) throw notFound("This claim");
  return toClaimSheetJson(row, await readWorkflowExtras(row));
}

/** The whole claim sheet; any member may read it, another workspace's claim is not found. */
export async function getClaimSheet(actor: Actor, claimId: string) {
  assertCan(actor, "readArticles");
  return readClaimSheet(actor.workspaceId, claimId);
}
