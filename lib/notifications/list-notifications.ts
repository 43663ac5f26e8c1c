import { getDb } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/permissions/actor";
import type { TNotificationList, TNotificationPayload, TNotificationQuery } from "./schemas";

/** The actor's notifications in this workspace, newest first, with the unread count for the bell. */
export async function listNotifications(
  actor: Actor,
  { unread, limit }: TNotificationQuery,
): Promise<TNotificationList> {
  assertCan(actor, "readArticles");
  const db = getDb();
  const mine = { userId: actor.userId, workspaceId: actor.workspaceId };
  const rows = await db.notification.findMany({
    where: { ...mine, ...(unread && { readAt: null }) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
  });
  const unreadCount = await db.notification.count({ where: { ...mine, readAt: null } });
  const actorIds = [...new Set(rows.flatMap((n) => n.actorId ?? []))];
  const names = new Map(
    (await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })).map((u) => [
      u.id,
      u.name,
    ]),
  );
  return {
    unread: unreadCount,
    notifications: rows.map((n) => ({
      id: n.id,
      kind: n.kind,
      claimId: n.claimId,
      actor: n.actorId ? { id: n.actorId, name: names.get(n.actorId) ?? null } : null,
      // Written by notify() (lib/notifications/notify.ts) in this shape.
      payload: n.payload as TNotificationPayload,
      createdAt: n.createdAt.toISOString(),
      readAt: n.readAt?.toISOString() ?? null,
    })),
  };
}
