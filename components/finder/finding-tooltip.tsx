"use client";

import { useTranslations } from "next-intl";
import type { TextMap } from "@/components/claims/text-map";
import type { TFinding } from "./types";

type Props = {
  finding: TFinding;
  map: TextMap;
  container: HTMLElement;
  canAct: boolean;
  onMakeClaim: () => void;
  onLeave: () => void;
};

/** A finding's explanation under its first line, over the text (positioned, so nothing reflows). */
export function FindingTooltip({ finding, map, container, canAct, onMakeClaim, onLeave }: Props) {
  const t = useTranslations("finder");
  const first = map.toRange(finding.start, finding.end)?.getClientRects()[0];
  if (!first) return null;
  const box = container.getBoundingClientRect();
  const top = first.bottom - box.top - container.clientTop + 4;
  // Aligned with the words' inline start: their right edge in right-to-left text.
  const rtl = getComputedStyle(map.root).direction === "rtl";
  const inset = rtl ? box.right - first.right : first.left - box.left;
  const edge = Math.max(8, Math.min(inset, box.width - 320));
  return (
    <div
      className={`finder-tooltip ${finding.severity}`}
      role="tooltip"
      style={rtl ? { top, right: edge } : { top, left: edge }}
      data-testid="finding-tooltip"
      onMouseLeave={onLeave}
      onClick={(event) => event.stopPropagation()}
    >
      <strong>{t(`kinds.${finding.kind}`)}</strong>
      <p dir="auto">{finding.message}</p>
      {canAct && (
        <button type="button" className="small" onClick={onMakeClaim}>
          {t("ui.makeClaim")}
        </button>
      )}
    </div>
  );
}
