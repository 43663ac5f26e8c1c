import type { listNotifications } from "@/lib/notifications/list-notifications";

export type TNotificationList = Awaited<ReturnType<typeof listNotifications>>;
export type TNotification = TNotificationList["notifications"][number];

/** What notify() stores with each one (lib/notifications/notify.ts). */
export type TNotificationPayload = { articleId?: string; articleTitle?: string; statement?: string; excerpt?: string };

/** The claim beside its article; `/claims/{id}` when the article is unknown. */
export function notificationHref(n: TNotification) {
  const { articleId } = (n.payload ?? {}) as TNotificationPayload;
  if (!n.claimId) return "/notifications";
  return articleId ? `/articles/${articleId}?claim=${n.claimId}` : `/claims/${n.claimId}`;
}

/** Marks notifications read; `keepalive` lets the request finish while a link navigates away. */
export async function markRead(
  body: { ids: string[] } | { claimIds: string[] } | { all: true },
): Promise<{ unread: number } | null> {
  try {
    const response = await fetch("/api/v1/notifications/read", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      keepalive: true,
    });
    return response.ok ? await response.json() : null;
  } catch {
    return null;
  } finally {
    window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
  }
}

/** Fired after a mark-read so every bell and list on the page refreshes. */
export const NOTIFICATIONS_CHANGED = "sanad:notifications-changed";
