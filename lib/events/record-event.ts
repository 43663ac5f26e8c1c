import type { Prisma } from "@/lib/db/generated/client";

type Tx = Prisma.TransactionClient;
export type TArticleEventType =
  "claim.created" | "claim.deleted" | "claim.updated" | "article.revised" | "comment.changed" | "notification.created";

/**
 * Appends to the event log inside the caller's transaction. The advisory lock (per workspace) makes
 * ids commit in order within a workspace, so a reader that resumes "after id N" (one article's
 * stream, or a member's stream over the whole workspace) never skips an event.
 */
export async function recordArticleEvent(
  tx: Tx,
  event: {
    workspaceId: string;
    articleId: string;
    actorId: string;
    type: TArticleEventType;
    claimId?: string;
    payload: Prisma.InputJsonValue;
  },
) {
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`events:${event.workspaceId}`}))`;
  await tx.articleEvent.create({ data: event });
}
