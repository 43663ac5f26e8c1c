"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { TClaim } from "@/lib/claims/serialize";
import { ClaimEntry } from "./claim-entry";
import { STATUSES } from "./highlight-painter";

type Props = {
  claims: TClaim[];
  selectedId: string | null;
  hoveredId: string | null;
  live: boolean;
  names: Record<string, string>;
  canDelete: (claim: TClaim) => boolean;
  canAttach: (claim: TClaim) => boolean;
  onSelect: (claim: TClaim) => void;
  onDelete: (claim: TClaim) => void;
  onAttach: (claim: TClaim) => void;
  onOpen: (claim: TClaim) => void;
  /** More sections at the panel's end (the claim finder's checks). */
  children?: React.ReactNode;
};

export function ClaimPanel({
  claims,
  selectedId,
  hoveredId,
  live,
  names,
  canDelete,
  canAttach,
  onSelect,
  onDelete,
  onAttach,
  onOpen,
  children,
}: Props) {
  const t = useTranslations("claims");
  const [filter, setFilter] = useState<string | null>(null);
  const anchored = claims.filter((c) => c.anchored);
  const orphans = claims.filter((c) => !c.anchored);
  const shown = anchored.filter((c) => !filter || c.status === filter);
  const countOf = (status: string) => anchored.filter((c) => c.status === status).length;
  const entry = (claim: TClaim, extra?: React.ReactNode) => (
    <ClaimEntry
      key={claim.id}
      claim={claim}
      selected={claim.id === selectedId}
      hovered={claim.id === hoveredId}
      authorName={names[claim.createdById] ?? "—"}
      canDelete={canDelete(claim)}
      onSelect={() => onSelect(claim)}
      onDelete={() => onDelete(claim)}
      onOpen={() => onOpen(claim)}
    >
      {extra}
    </ClaimEntry>
  );

  return (
    <aside className="claim-panel card" aria-label={t("panel")}>
      <header className="panel-header">
        <h2>
          {t("panel")} <span className="count">{t("count", { count: anchored.length })}</span>
        </h2>
        <span className={`live-dot${live ? " on" : ""}`} role="status">
          {live ? t("live") : t("offline")}
        </span>
      </header>
      <div role="group" aria-label={t("filter")} className="status-filter">
        <button type="button" aria-pressed={filter === null} onClick={() => setFilter(null)}>
          {t("all")} ({anchored.length})
        </button>
        {STATUSES.map((status) => (
          <button
            key={status}
            type="button"
            aria-pressed={filter === status}
            onClick={() => setFilter(status)}
            data-status={status}
          >
            {t(`status.${status}`)} ({countOf(status)})
          </button>
        ))}
      </div>
      {anchored.length === 0 && <p className="hint">{t("empty")}</p>}
      <ol className="claim-list" data-testid="claim-list">
        {shown.map((claim) => entry(claim))}
      </ol>
      {orphans.length > 0 && (
        <section className="orphans" aria-label={t("orphans")}>
          <h3>{t("orphans")}</h3>
          <p className="hint">{t("orphansHint")}</p>
          <ol className="claim-list" data-testid="orphan-list">
            {orphans.map((claim) =>
              entry(
                claim,
                canAttach(claim) && (
                  <button type="button" className="small" onClick={() => onAttach(claim)}>
                    {t("attachHere")}
                  </button>
                ),
              ),
            )}
          </ol>
        </section>
      )}
      {children}
    </aside>
  );
}
