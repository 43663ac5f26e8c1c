import { getDb } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/permissions/actor";
import type { TMarkRead } from "./schemas";

/**
 * Marks the given notifications, those about the given claims (opening a claim), or all as read; only
 * the actor's own, so others' ids change nothing.
 */
export async function markNotificationsRead(actor: Actor, input: TMarkRead) {
  assertCan(actor, "readArticles");
  const mine = { userId: actor.userId, workspaceId: actor.workspaceId };
  const db = getDb();
  const { count } = await db.notification.updateMany({
    where: {
      ...mine,
      readAt: null,
      ...("ids" in input && { id: { in: input.ids } }),
      ...("claimIds" in input && { claimId: { in: input.claimIds } }),
    },
    data: { readAt: new Date() },
  });
  return { marked: count, unread: await db.notification.count({ where: { ...mine, readAt: null } }) };
}
