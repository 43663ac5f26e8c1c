import { callApi } from "@/lib/api/client";
import { ME_API } from "@/lib/api/endpoints/workspace";
import type { TNotificationList } from "@/lib/notifications/schemas";

export type { TNotificationList };
export type TNotification = TNotificationList["notifications"][number];

/** The claim beside its article; `/claims/{id}` when the article is unknown. */
export function notificationHref(n: TNotification) {
  const { articleId } = n.payload;
  if (!n.claimId) return "/notifications";
  return articleId ? `/articles/${articleId}?claim=${n.claimId}` : `/claims/${n.claimId}`;
}

/** Marks notifications read; `keepalive` lets the request finish while a link navigates away. */
export async function markRead(
  body: { ids: string[] } | { claimIds: string[] } | { all: true },
): Promise<{ unread: number } | null> {
  const result = await callApi(ME_API.markRead, { body }, { keepalive: true });
  window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
  return result.ok ? result.data : null;
}

/** Fired after a mark-read so every bell and list on the page refreshes. */
export const NOTIFICATIONS_CHANGED = "sanad:notifications-changed";
