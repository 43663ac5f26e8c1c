import { getDb } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/permissions/actor";
import { describeEntry, userIdsIn } from "./describe-entry";

/**
 * A claim's history, oldest first: who (by name, also after they left the workspace), when, what, and
 * the values before and after (lib/audit/history-sentences.ts words them). Deleted claims keep theirs. Read-only: nothing edits or removes entries.
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
  // Ratings by label in the reader's language (history-sentences.ts), also retired ones.
  const ratings = await db.rating.findMany({
    where: { workspaceId: actor.workspaceId },
    select: { key: true, labelAr: true, labelEn: true },
  });
  return {
    ratings: Object.fromEntries(ratings.map((r) => [r.key, { labelAr: r.labelAr, labelEn: r.labelEn }])),
    entries: rows.map((row) => ({
      id: row.id.toString(),
      at: row.at.toISOString(),
      action: row.action,
      actor: person(row.actorId),
      ...describeEntry(row, person),
    })),
  };
}
