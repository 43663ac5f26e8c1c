"use client";

import { useEffect, useState } from "react";
import type { TextMap } from "@/components/claims/text-map";

export type SpanBox = { top: number; height: number };

/**
 * Where each span's lines are, in pixels from the top of `container` (the positioned box the marks sit
 * in), measured again when the text reflows: a resize, the reading font arriving, a new revision.
 */
export function useSpanBoxes(
  map: TextMap | null,
  container: HTMLElement | null,
  spans: readonly { start: number; end: number }[],
): (SpanBox | null)[] {
  const [boxes, setBoxes] = useState<(SpanBox | null)[]>([]);
  useEffect(() => {
    if (!map || !container) return;
    const measure = () => {
      const origin = container.getBoundingClientRect().top + container.clientTop;
      setBoxes(
        spans.map(({ start, end }) => {
          const rects = [...(map.toRange(start, end)?.getClientRects() ?? [])].filter((r) => r.height > 0);
          if (rects.length === 0) return null;
          const top = Math.min(...rects.map((r) => r.top));
          const bottom = Math.max(...rects.map((r) => r.bottom));
          return { top: top - origin, height: bottom - top };
        }),
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(map.root);
    void document.fonts?.ready.then(measure);
    return () => observer.disconnect();
  }, [map, container, spans]);
  return boxes;
}
