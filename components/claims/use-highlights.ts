"use client";

import { useEffect, useMemo, useRef } from "react";
import type { TClaim } from "@/lib/claims/serialize";
import { HighlightPainter } from "./highlight-painter";
import { OverlayPainter } from "./overlay-painter";
import { TextMap } from "./text-map";

/** Maps the rendered article's text, and keeps the painted highlights in step with the claims. */
export function useHighlights(root: HTMLElement | null, text: string, claims: TClaim[], selectedId: string | null) {
  const map = useMemo(() => (root ? new TextMap(root, text) : null), [root, text]);
  const painter = useRef<HighlightPainter | OverlayPainter | null>(null);

  useEffect(() => {
    if (!map) return;
    const created = HighlightPainter.supported() ? new HighlightPainter(map) : new OverlayPainter(map);
    painter.current = created;
    return () => {
      created.dispose();
      painter.current = null;
    };
  }, [map]);

  useEffect(() => {
    painter.current?.sync(
      claims.map((c) => ({
        id: c.id,
        start: c.selector.start,
        end: c.selector.end,
        status: c.status,
        anchored: c.anchored,
      })),
    );
  }, [map, claims]);

  useEffect(() => {
    painter.current?.select(selectedId);
  }, [map, claims, selectedId]);

  return { map, painter };
}
