"use client";

import { useTranslations } from "next-intl";
import { NotificationList } from "./notification-list";
import type { TNotificationList } from "./types";
import { useNotifications } from "./use-notifications";

/** The /notifications page: every recent notification, rendered by the server first, then kept fresh. */
export function NotificationCenter({ initial, limit }: { initial: TNotificationList; limit: number }) {
  const t = useTranslations("notifications");
  const { list, open, markAll } = useNotifications(limit, initial);
  const current = list ?? initial;
  return (
    <section className="card notification-center" aria-label={t("title")}>
      <div className="actions">
        <p className="muted" role="status">
          {t("unread", { count: current.unread })}
        </p>
        <button type="button" className="secondary" onClick={markAll} disabled={current.unread === 0}>
          {t("markAll")}
        </button>
      </div>
      <NotificationList items={current.notifications} onOpen={open} />
    </section>
  );
}
