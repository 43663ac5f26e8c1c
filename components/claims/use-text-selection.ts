"use client";

import { useEffect, useState } from "react";
import { snapSelection } from "@/lib/arabic/graphemes";
import type { TextMap } from "./text-map";

export type PendingSelection = { start: number; end: number; rect: DOMRect };

/** The reader's current selection, snapped to whole words and graphemes, or null. */
export function useTextSelection(map: TextMap | null): [PendingSelection | null, () => void] {
  const [selection, setSelection] = useState<PendingSelection | null>(null);

  useEffect(() => {
    if (!map) return;
    const update = () => {
      const current = document.getSelection();
      if (!current || current.isCollapsed || current.rangeCount === 0) return setSelection(null);
      const range = current.getRangeAt(0);
      const a = map.toOffset(range.startContainer, range.startOffset);
      const b = map.toOffset(range.endContainer, range.endOffset);
      if (a === null || b === null) return setSelection(null);
      const snapped = snapSelection(map.index.text, { start: Math.min(a, b), end: Math.max(a, b) }, { words: true });
      setSelection(snapped ? { ...snapped, rect: range.getBoundingClientRect() } : null);
    };
    document.addEventListener("selectionchange", update);
    return () => document.removeEventListener("selectionchange", update);
  }, [map]);

  return [selection, () => document.getSelection()?.removeAllRanges()];
}
