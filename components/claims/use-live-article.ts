"use client";

import { useEffect, useRef, useState } from "react";
import type { TClaim } from "@/lib/claims/serialize";
import { urlOf } from "@/lib/api/client";
import { ARTICLE_API } from "@/lib/api/endpoints/articles";

type Handlers = {
  upsert: (claim: TClaim) => void;
  remove: (id: string) => void;
  onRevised: () => void;
  /** A claim was published or retracted: what the public report holds changed. */
  onPublicChange: () => void;
};

/**
 * Follows the article's event stream. EventSource reconnects by itself and sends Last-Event-ID,
 * so the server replays exactly what was missed; a closed stream (e.g. server restart) is reopened.
 */
export function useLiveArticle(articleId: string, cursor: string, handlers: Handlers) {
  const [live, setLive] = useState(false);
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let lastId = cursor;
    const open = () => {
      source = new EventSource(urlOf(ARTICLE_API.events, { id: articleId }, { after: lastId }));
      const on = (type: string, apply: (data: never) => void) =>
        source!.addEventListener(type, (event) => {
          if (event.lastEventId) lastId = event.lastEventId;
          apply(JSON.parse(event.data) as never);
        });
      source.onopen = () => setLive(true);
      on("claim.created", (claim: TClaim) => latest.current.upsert(claim));
      on("claim.updated", (claim: TClaim & { action?: string }) => {
        latest.current.upsert(claim);
        if (claim.action === "publish" || claim.action === "retract") latest.current.onPublicChange();
      });
      on("claim.deleted", ({ id }: { id: string }) => latest.current.remove(id));
      on("article.revised", () => latest.current.onRevised());
      source.onerror = () => {
        setLive(false);
        if (source?.readyState === EventSource.CLOSED) {
          source.close();
          retry = setTimeout(open, 1500);
        }
      };
    };
    open();
    return () => {
      clearTimeout(retry);
      source?.close();
    };
  }, [articleId, cursor]);

  return live;
}
