import { getDb } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/permissions/actor";
import { describeEntry, userIdsIn } from "./describe-entry";

/**
 * A claim's history, oldest first: who (by name, also after they left the workspace), when, what, and
 * the values before and after. Deleted claims keep theirs. Read-only: nothing edits or removes entries.
 */
export async function getClaimHistory(actor: Actor, claimId: string) {
  assertCan(actor, "readArticles");
  const db = getDb();
  const claim = await db.claim.findFirst({
    where: { id: claimId, workspaceId: actor.workspaceId },
    select: { id: true },
  });
  if (!claim) throw notFound("This claim");
  const rows = await db.claimAudit.findMany({
    where: { claimId, workspaceId: actor.workspaceId },
    orderBy: { id: "asc" },
  });
  const ids = new Set(rows.flatMap((row) => [row.actorId, ...userIdsIn(row)]));
  const users = await db.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [u.id, u.name]));
  const person = (id: string | null) => (id ? { id, name: names.get(id) ?? null } : null);
  return {
    entries: rows.map((row) => ({
      id: row.id.toString(),
      at: row.at.toISOString(),
      action: row.action,
      actor: person(row.actorId),
      ...describeEntry(row, person),
    })),
  };
}
