"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { NotificationList } from "./notification-list";
import { useNotifications } from "./use-notifications";

/** The header's bell: unread count, and a panel with the latest notifications. */
export function NotificationBell() {
  const t = useTranslations("notifications");
  const { list, open, markAll } = useNotifications(15);
  const [expanded, setExpanded] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const unread = list?.unread ?? 0;

  useEffect(() => {
    if (!expanded) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent ? event.key === "Escape" : !root.current?.contains(event.target as Node))
        setExpanded(false);
    };
    document.addEventListener("keydown", close);
    document.addEventListener("pointerdown", close);
    return () => {
      document.removeEventListener("keydown", close);
      document.removeEventListener("pointerdown", close);
    };
  }, [expanded]);

  return (
    <div className="notification-bell" ref={root}>
      <button
        type="button"
        className="secondary bell-button"
        aria-expanded={expanded}
        aria-controls={panelId}
        aria-label={t("unread", { count: unread })}
        onClick={() => setExpanded((v) => !v)}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
          />
        </svg>
        {unread > 0 && (
          <span className="bell-count" aria-hidden="true" data-testid="bell-count">
            {unread}
          </span>
        )}
      </button>
      {expanded && (
        <div id={panelId} className="notification-panel" role="region" aria-label={t("title")}>
          <div className="notification-panel-head">
            <h2>{t("title")}</h2>
            <button type="button" className="secondary" onClick={markAll} disabled={unread === 0}>
              {t("markAll")}
            </button>
          </div>
          {list ? (
            <NotificationList
              items={list.notifications}
              onOpen={(n) => {
                open(n);
                setExpanded(false);
              }}
            />
          ) : (
            <p className="muted">{t("loading")}</p>
          )}
          <Link href="/notifications" className="notification-all" onClick={() => setExpanded(false)}>
            {t("seeAll")}
          </Link>
        </div>
      )}
    </div>
  );
}
