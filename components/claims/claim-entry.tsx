"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { TClaim } from "@/lib/claims/serialize";
import { OrphanReason } from "./orphan-reason";

type Props = {
  claim: TClaim;
  selected: boolean;
  hovered: boolean;
  authorName: string;
  canDelete: boolean;
  onSelect: () => void;
  onDelete: () => void;
  onOpen: () => void;
  children?: React.ReactNode;
};

const shorten = (text: string, max = 140) => ([...text].length > max ? `${[...text].slice(0, max).join("")}…` : text);

export function ClaimEntry({
  claim,
  selected,
  hovered,
  authorName,
  canDelete,
  onSelect,
  onDelete,
  onOpen,
  children,
}: Props) {
  const t = useTranslations("claims");
  const [confirming, setConfirming] = useState(false);
  const pending = claim.id.startsWith("pending-");
  return (
    <li
      className={`claim-entry status-${claim.status.toLowerCase()}${hovered ? " hovered" : ""}`}
      data-claim-id={claim.id}
      aria-busy={pending}
    >
      <button
        type="button"
        className="claim-select"
        aria-current={selected ? "true" : undefined}
        onClick={onSelect}
        id={`claim-${claim.id}`}
      >
        <q dir="auto">{shorten(claim.selector.exact)}</q>
        <span className="claim-meta">
          <span className="status-badge">{t(`status.${claim.status}`)}</span>
          <span>{t("by", { name: authorName })}</span>
        </span>
        {claim.orphanReason && <OrphanReason reason={claim.orphanReason} />}
      </button>
      {children}
      {!pending && (
        <button type="button" className="small" onClick={onOpen}>
          {t("openSheet")}
        </button>
      )}
      {canDelete && !pending && !confirming && (
        <button type="button" className="secondary small" onClick={() => setConfirming(true)}>
          {t("delete")}
        </button>
      )}
      {confirming && (
        <div role="alertdialog" aria-label={t("confirmDelete")} className="confirm">
          <p>{t("confirmDelete")}</p>
          <button type="button" className="danger small" onClick={onDelete}>
            {t("confirm")}
          </button>
          <button type="button" className="secondary small" onClick={() => setConfirming(false)}>
            {t("cancel")}
          </button>
        </div>
      )}
    </li>
  );
}
