"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { TStoredDraft } from "./local-draft";

/** Offers back a draft this browser kept because it could not be saved. */
export function DraftBanner({
  draft,
  onRestore,
  onDiscard,
}: {
  draft: TStoredDraft;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  const t = useTranslations("sheet.draft");
  const format = useFormatter();
  return (
    <div className="notice draft-banner" role="alert">
      <p>{t("found", { at: format.dateTime(new Date(draft.at), { dateStyle: "medium", timeStyle: "short" }) })}</p>
      <button type="button" className="small" onClick={onRestore}>
        {t("restore")}
      </button>
      <button type="button" className="secondary small" onClick={onDiscard}>
        {t("discard")}
      </button>
    </div>
  );
}
