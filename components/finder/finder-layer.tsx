"use client";

import { useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState } from "react";
import { offsetAtPoint } from "@/components/claims/hit-test";
import type { TextMap } from "@/components/claims/text-map";
import { useAnnounce } from "@/components/reader/announcer";
import type { TClaim } from "@/lib/claims/serialize";
import { FindingPainter } from "./finding-painter";
import { FindingTooltip } from "./finding-tooltip";
import { SuggestionMark } from "./suggestion-mark";
import type { TDismissal, TFinding, TSuggestion } from "./types";
import type { Finder } from "./use-finder";
import { useSpanBoxes } from "./use-span-boxes";

type Props = {
  finder: Finder;
  map: TextMap;
  claims: TClaim[];
  canAct: boolean;
  onMakeClaim: (span: { start: number; end: number }, note?: string) => void;
};

const UNDO_MS = 10_000;

/** Suggestions a claim already covers need no mark. */
function isCovered(suggestion: TSuggestion, claims: TClaim[]): boolean {
  return claims.some((c) => c.anchored && c.selector.start < suggestion.end && suggestion.start < c.selector.end);
}

/**
 * Everything the claim finder draws over the article: dotted underlines under the checks' findings (with
 * their explanation on hover), margin marks beside suggested sentences, and the undo of a dismissal. All
 * of it is positioned over the text or painted by the browser, never inserted into it.
 */
export function FinderLayer({ finder, map, claims, canAct, onMakeClaim }: Props) {
  const t = useTranslations("finder.ui");
  const announce = useAnnounce();
  const container = map.root.closest<HTMLElement>(".article-column");
  const painter = useRef<FindingPainter | null>(null);
  const [hovered, setHovered] = useState<TFinding | null>(null);
  const [undoable, setUndoable] = useState<TDismissal | null>(null);
  const shown = useMemo(
    () => (finder.enabled ? finder.suggestions.filter((s) => !isCovered(s, claims)) : []),
    [finder.enabled, finder.suggestions, claims],
  );
  const boxes = useSpanBoxes(map, container, shown);

  useEffect(() => {
    if (!FindingPainter.supported()) return;
    const created = new FindingPainter(map);
    painter.current = created;
    return () => {
      created.dispose();
      painter.current = null;
    };
  }, [map]);
  useEffect(() => painter.current?.paint(finder.findings), [map, finder.findings]);
  useEffect(() => painter.current?.activate(finder.active), [map, finder.active]);

  useEffect(() => {
    if (!container) return;
    const onMove = (event: MouseEvent) => {
      if ((event.target as Element).closest(".finder-tooltip")) return;
      const offset = offsetAtPoint(map, event.clientX, event.clientY);
      const here = offset === null ? [] : finder.findings.filter((f) => f.start <= offset && offset < f.end);
      setHovered(here.sort((a, b) => a.end - a.start - (b.end - b.start))[0] ?? null);
    };
    container.addEventListener("mousemove", onMove);
    return () => container.removeEventListener("mousemove", onMove);
  }, [container, map, finder.findings]);

  useEffect(() => {
    if (!undoable) return;
    const timer = setTimeout(() => setUndoable(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [undoable]);

  async function dismiss(suggestion: TSuggestion) {
    const result = await finder.dismiss(suggestion);
    if (result.ok) setUndoable(result.data);
    else announce(result.failure.message);
  }

  async function undo(dismissal: TDismissal) {
    setUndoable(null);
    const result = await finder.undo(dismissal.id);
    announce(result.ok ? t("restored") : result.failure.message);
  }

  return (
    <>
      <div className="finder-marks" aria-label={t("marks")} role="group">
        {shown.map((suggestion, i) => {
          const box = boxes[i];
          if (!box) return null;
          return (
            <SuggestionMark
              key={`${suggestion.start}-${suggestion.end}`}
              suggestion={suggestion}
              text={map.index}
              top={box.top}
              height={box.height}
              canAct={canAct}
              onAccept={() => onMakeClaim(suggestion)}
              onDismiss={() => void dismiss(suggestion)}
            />
          );
        })}
      </div>
      {hovered && container && (
        <FindingTooltip
          finding={hovered}
          map={map}
          container={container}
          canAct={canAct}
          onMakeClaim={() => onMakeClaim(hovered, hovered.message)}
          onLeave={() => setHovered(null)}
        />
      )}
      {undoable && (
        <div className="finder-toast" role="status" data-testid="dismissed-toast">
          {t("dismissed")}
          <button type="button" className="small secondary" onClick={() => void undo(undoable)}>
            {t("undo")}
          </button>
        </div>
      )}
    </>
  );
}
