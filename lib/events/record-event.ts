import type { Prisma } from "@/lib/db/generated/client";

type Tx = Prisma.TransactionClient;
export type TArticleEventType =
  "claim.created" | "claim.deleted" | "claim.updated" | "article.revised" | "comment.changed" | "notification.created";

/**
 * Appends to an article's event log inside the caller's transaction. The advisory lock makes ids
 * commit in order per article, so a reader that resumes "after id N" never skips an event.
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
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${event.articleId}))`;
  await tx.articleEvent.create({ data: event });
}
