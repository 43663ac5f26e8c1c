import { getDb } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/permissions/actor";

export type TArticleEvent = { id: string; type: string; claimId: string | null; actorId: string; payload: unknown };

/** Events of one article after `afterId` (exclusive), oldest first, scoped to the actor's workspace. */
export async function listArticleEvents(
  actor: Actor,
  articleId: string,
  afterId: bigint,
  limit = 200,
): Promise<TArticleEvent[]> {
  assertCan(actor, "readArticles");
  const events = await getDb().articleEvent.findMany({
    where: { workspaceId: actor.workspaceId, articleId, id: { gt: afterId } },
    orderBy: { id: "asc" },
    take: limit,
  });
  return events.map((e) => ({
    id: e.id.toString(),
    type: e.type,
    claimId: e.claimId,
    actorId: e.actorId,
    payload: e.payload,
  }));
}

export async function getLatestEventId(actor: Actor, articleId: string): Promise<bigint> {
  const latest = await getDb().articleEvent.findFirst({
    where: { workspaceId: actor.workspaceId, articleId },
    orderBy: { id: "desc" },
    select: { id: true },
  });
  return latest?.id ?? 0n;
}
