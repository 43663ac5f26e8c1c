import type { NotificationKind, Prisma } from "@/lib/db/generated/client";
import { recordArticleEvent } from "@/lib/events/record-event";

type Tx = Prisma.TransactionClient;

export type TNotice = {
  workspaceId: string;
  actorId: string;
  kind: NotificationKind;
  claim: { id: string; articleId: string; statement: string | null; exact: string };
  userIds: (string | null | undefined)[];
  extra?: Prisma.InputJsonObject;
};

/**
 * Notifies each named member once (never the actor about their own action), in the caller's
 * transaction, and puts a `notification.created` event on the article's live stream so open pages
 * can refresh their bell; the list itself is read from GET /api/v1/notifications.
 */
export async function notify(tx: Tx, notice: TNotice) {
  const members = await tx.membership.findMany({
    where: {
      workspaceId: notice.workspaceId,
      userId: { in: notice.userIds.filter((id): id is string => Boolean(id)) },
    },
    select: { userId: true },
  });
  const userIds = [...new Set(members.map((m) => m.userId))].filter((id) => id !== notice.actorId);
  if (userIds.length === 0) return;
  const { claim } = notice;
  const article = await tx.article.findUniqueOrThrow({ where: { id: claim.articleId }, select: { title: true } });
  const payload = {
    articleId: claim.articleId,
    articleTitle: article.title,
    statement: claim.statement ?? claim.exact,
    ...notice.extra,
  };
  await tx.notification.createMany({
    data: userIds.map((userId) => ({
      workspaceId: notice.workspaceId,
      userId,
      kind: notice.kind,
      claimId: claim.id,
      actorId: notice.actorId,
      payload,
    })),
  });
  await recordArticleEvent(tx, {
    workspaceId: notice.workspaceId,
    articleId: claim.articleId,
    actorId: notice.actorId,
    type: "notification.created",
    claimId: claim.id,
    payload: { kind: notice.kind, userIds },
  });
}
