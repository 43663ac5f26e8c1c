import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { assertCan, type Actor } from "@/lib/permissions/actor";

export type TArticleEvent = { id: string; type: string; claimId: string | null; actorId: string; payload: unknown };

const toEvent = (e: { id: bigint; type: string; claimId: string | null; actorId: string; payload: unknown }) => ({
  id: e.id.toString(),
  type: e.type,
  claimId: e.claimId,
  actorId: e.actorId,
  payload: e.payload,
});

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
  return events.map(toEvent);
}

// What a member's pages follow: their own notifications (the bell) and any claim changing (the queues).
const CLAIM_EVENTS = ["claim.created", "claim.updated", "claim.deleted"];

/**
 * The member's stream after `afterId`: `notification.created` {kind} for notifications to them, and
 * `claim.changed` {claimId} for any claim of the workspace (queue counts may have moved). Nothing of
 * other members' notifications, and nothing of another workspace.
 */
export async function listMemberEvents(actor: Actor, afterId: bigint, limit = 200): Promise<TArticleEvent[]> {
  assertCan(actor, "readArticles");
  const mine: Prisma.ArticleEventWhereInput = {
    type: "notification.created",
    payload: { path: ["userIds"], array_contains: [actor.userId] },
  };
  const events = await getDb().articleEvent.findMany({
    where: { workspaceId: actor.workspaceId, id: { gt: afterId }, OR: [mine, { type: { in: CLAIM_EVENTS } }] },
    orderBy: { id: "asc" },
    take: limit,
  });
  return events.map((e) =>
    e.type === "notification.created"
      ? { ...toEvent(e), payload: { kind: (e.payload as { kind?: string }).kind, articleId: e.articleId } }
      : { ...toEvent(e), type: "claim.changed", payload: { claimId: e.claimId, articleId: e.articleId } },
  );
}

/** Where a stream starts: the last event of the article, or of the workspace (articleId null). */
export async function getLatestEventId(actor: Actor, articleId: string | null): Promise<bigint> {
  const latest = await getDb().articleEvent.findFirst({
    where: { workspaceId: actor.workspaceId, ...(articleId && { articleId }) },
    orderBy: { id: "desc" },
    select: { id: true },
  });
  return latest?.id ?? 0n;
}
