import type { Prisma } from "@/lib/db/generated/client";
import { recordArticleEvent } from "@/lib/events/record-event";
import type { Actor } from "@/lib/permissions/actor";
import { audienceOf, NOTIFICATION_POLICY, type TClaimPeople, type TNotifiedEvent } from "./policy";

type Tx = Prisma.TransactionClient;

export type TNoticeClaim = TClaimPeople & { id: string; articleId: string; statement: string | null; exact: string };

/**
 * Tells the people lib/notifications/policy.ts names for `event`, in the caller's transaction: one
 * notification each (members only, never the actor, never anyone in `except`), and one
 * `notification.created` event on the live log, which the member's stream (bell) and open article
 * pages follow. Returns who was told, so a mention in the same change can skip them.
 */
export async function notify(
  tx: Tx,
  actor: Actor,
  event: TNotifiedEvent,
  claim: TNoticeClaim,
  options: { mentioned?: string[]; except?: string[]; extra?: Prisma.InputJsonObject } = {},
): Promise<string[]> {
  const audience = audienceOf(event, claim, { actorId: actor.userId, ...options });
  if (audience.userIds.length === 0 && audience.roles.length === 0) return [];
  const members = await tx.membership.findMany({
    where: {
      workspaceId: actor.workspaceId,
      OR: [{ userId: { in: audience.userIds } }, { role: { in: audience.roles } }],
    },
    select: { userId: true },
  });
  const skip = new Set([actor.userId, ...(options.except ?? [])]);
  const userIds = [...new Set(members.map((m) => m.userId))].filter((id) => !skip.has(id));
  if (userIds.length === 0) return [];
  const { kind } = NOTIFICATION_POLICY[event];
  const article = await tx.article.findUniqueOrThrow({ where: { id: claim.articleId }, select: { title: true } });
  const payload = {
    articleId: claim.articleId,
    articleTitle: article.title,
    statement: claim.statement ?? claim.exact,
    ...options.extra,
  };
  await tx.notification.createMany({
    data: userIds.map((userId) => ({
      workspaceId: actor.workspaceId,
      userId,
      kind,
      claimId: claim.id,
      actorId: actor.userId,
      payload,
    })),
  });
  await recordArticleEvent(tx, {
    workspaceId: actor.workspaceId,
    articleId: claim.articleId,
    actorId: actor.userId,
    type: "notification.created",
    claimId: claim.id,
    payload: { kind, userIds },
  });
  return userIds;
}
