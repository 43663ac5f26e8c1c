"use client";

import { useTranslations } from "next-intl";
import type { TextMap } from "@/components/claims/text-map";
import type { TFinding } from "./types";
import type { Finder } from "./use-finder";

type Props = {
  finder: Finder;
  map: TextMap | null;
  canAct: boolean;
  onMakeClaim: (span: { start: number; end: number }, note?: string) => void;
};

/** The "Checks" list in the claims panel: every finding with its explanation, reachable by keyboard. */
export function ChecksPanel({ finder, map, canAct, onMakeClaim }: Props) {
  const t = useTranslations("finder");
  const { findings, dismissed } = finder;

  function show(finding: TFinding) {
    finder.setActive(finding);
    const rect = map?.toRange(finding.start, finding.end)?.getBoundingClientRect();
    if (rect) window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: "smooth" });
  }

  return (
    <section className="finder-checks" aria-labelledby="finder-checks-title" data-testid="checks-panel">
      <h3 id="finder-checks-title">
        {t("ui.checks")} <span className="count">{finder.ready ? findings.length : "…"}</span>
      </h3>
      {finder.ready && findings.length === 0 && <p className="hint">{t("ui.noChecks")}</p>}
      <ol className="finder-check-list">
        {findings.map((finding) => (
          <li
            key={`${finding.kind}-${finding.start}-${finding.end}`}
            className={`finding ${finding.severity}${finder.active === finding ? " active" : ""}`}
            data-testid="finding"
          >
            <span className="finding-kind">{t(`kinds.${finding.kind}`)}</span>
            <q dir="auto">{finding.quote}</q>
            <p dir="auto">{finding.message}</p>
            <div className="finder-actions">
              <button type="button" className="small secondary" onClick={() => show(finding)}>
                {t("ui.show")}
              </button>
              {canAct && (
                <button type="button" className="small" onClick={() => onMakeClaim(finding, finding.message)}>
                  {t("ui.makeClaim")}
                </button>
              )}
            </div>
          </li>
        ))}
      </ol>
      {!finder.enabled && <p className="hint">{t("ui.suggestionsOff")}</p>}
      {dismissed.length > 0 && (
        <details className="finder-dismissed">
          <summary>{t("ui.dismissedCount", { count: dismissed.length })}</summary>
          <ul>
            {dismissed.map((dismissal) => (
              <li key={dismissal.id}>
                <q dir="auto">{dismissal.quote}</q>
                {canAct && (
                  <button type="button" className="small secondary" onClick={() => void finder.undo(dismissal.id)}>
                    {t("ui.restore")}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
