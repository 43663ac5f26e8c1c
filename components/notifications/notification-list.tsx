"use client";

import { useFormatter, useNow, useTranslations } from "next-intl";
import Link from "next/link";
import { textDirection } from "@/lib/comments/direction";
import { notificationHref, type TNotification } from "./types";

const QUOTE_MAX = 120;

function shorten(text: string) {
  const chars = [...text];
  return chars.length > QUOTE_MAX ? `${chars.slice(0, QUOTE_MAX).join("")}…` : text;
}

/** Notifications newest first: who did what, the claim's words, the article and when; opening one marks it read. */
export function NotificationList({ items, onOpen }: { items: TNotification[]; onOpen: (n: TNotification) => void }) {
  const t = useTranslations("notifications");
  const format = useFormatter();
  const now = useNow({ updateInterval: 30_000 });
  if (items.length === 0) return <p className="notification-empty muted">{t("empty")}</p>;
  return (
    <ul className="notification-list">
      {items.map((n) => {
        const payload = n.payload;
        const actor = n.actor?.name ?? t("someone");
        return (
          <li key={n.id} className="notification" data-unread={n.readAt === null || undefined}>
            <Link href={notificationHref(n)} onClick={() => onOpen(n)} className="notification-link">
              <span className="notification-sentence">
                {t.rich(`kinds.${n.kind}`, { actor, name: (chunks) => <bdi dir="auto">{chunks}</bdi> })}
                {n.readAt === null && <span className="visually-hidden">{t("unreadMark")}</span>}
              </span>
              {payload.statement && (
                <q className="notification-quote" dir="auto">
                  {shorten(payload.statement)}
                </q>
              )}
              {payload.excerpt && (
                <span
                  className="notification-excerpt"
                  dir={textDirection(payload.excerpt)}
                  data-testid="notification-excerpt"
                >
                  {payload.excerpt}
                </span>
              )}
            </Link>
            <span className="notification-meta">
              {payload.articleTitle && <bdi dir="auto">{payload.articleTitle}</bdi>}
              <time
                dateTime={n.createdAt}
                title={format.dateTime(new Date(n.createdAt), { dateStyle: "medium", timeStyle: "short" })}
                suppressHydrationWarning
              >
                {format.relativeTime(new Date(n.createdAt), now)}
              </time>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
