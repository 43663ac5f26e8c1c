"use client";

import { useCallback, useEffect, useState } from "react";
import { callApi } from "@/lib/api/client";
import { ME_API } from "@/lib/api/endpoints/workspace";
import { followMemberEvents } from "./member-events";
import { markRead, NOTIFICATIONS_CHANGED, type TNotification, type TNotificationList } from "./types";

/**
 * The signed-in member's notifications: loaded on mount, again whenever the member's live stream
 * says one arrived (GET /api/v1/me/events), when the window regains focus and after any mark-read on
 * the page. Opening one marks it read at once.
 */
export function useNotifications(limit: number, initial: TNotificationList | null = null) {
  const [list, setList] = useState<TNotificationList | null>(initial);

  const refresh = useCallback(async () => {
    // Offline for a moment, or refused: the next tick tries again.
    const result = await callApi(ME_API.notifications, { query: { limit } });
    if (result.ok) setList(result.data);
  }, [limit]);

  useEffect(() => {
    const whenVisible = () => {
      if (document.visibilityState === "visible") void refresh();
    };
    const unfollow = followMemberEvents((type) => {
      if (type === "notification.created") void refresh();
    });
    const first = window.setTimeout(whenVisible, 0);
    window.addEventListener("focus", whenVisible);
    window.addEventListener(NOTIFICATIONS_CHANGED, whenVisible);
    document.addEventListener("visibilitychange", whenVisible);
    return () => {
      unfollow();
      window.clearTimeout(first);
      window.removeEventListener("focus", whenVisible);
      window.removeEventListener(NOTIFICATIONS_CHANGED, whenVisible);
      document.removeEventListener("visibilitychange", whenVisible);
    };
  }, [refresh]);

  function open(n: TNotification) {
    if (n.readAt !== null) return;
    const readAt = new Date().toISOString();
    setList(
      (old) =>
        old && {
          unread: Math.max(0, old.unread - 1),
          notifications: old.notifications.map((x) => (x.id === n.id ? { ...x, readAt } : x)),
        },
    );
    void markRead({ ids: [n.id] });
  }

  async function markAll() {
    const readAt = new Date().toISOString();
    setList(
      (old) =>
        old && { unread: 0, notifications: old.notifications.map((x) => ({ ...x, readAt: x.readAt ?? readAt })) },
    );
    await markRead({ all: true });
  }

  return { list, open, markAll };
}
