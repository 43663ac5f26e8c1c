"use client";

import { useTranslations } from "next-intl";
import type { PendingSelection } from "./use-text-selection";

/** The "Add claim" control, placed beside the selection without entering the text flow. */
export function SelectionToolbar({ selection, onAdd }: { selection: PendingSelection | null; onAdd: () => void }) {
  const t = useTranslations("claims");
  if (!selection) return null;
  const top = Math.max(8, selection.rect.top - 44);
  const left = Math.min(window.innerWidth - 160, Math.max(8, selection.rect.left + selection.rect.width / 2 - 60));
  return (
    <div className="selection-toolbar" style={{ top, left }}>
      <button
        type="button"
        onMouseDown={(e) => e.preventDefault()}
        onClick={onAdd}
        title={t("addShortcut")}
        aria-keyshortcuts="Alt+A"
      >
        {t("add")}
      </button>
    </div>
  );
}
