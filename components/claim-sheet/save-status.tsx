"use client";

import { useTranslations } from "next-intl";
import type { TSaveState } from "./use-sheet-autosave";

/** The autosave state, announced to screen readers; a failed save offers a retry. */
export function SaveStatus({ state, message, onRetry }: { state: TSaveState; message: string; onRetry: () => void }) {
  const t = useTranslations("sheet.save");
  return (
    <p className={`save-status save-${state}`} role="status" data-state={state}>
      {state !== "idle" && t(state)}
      {state === "failed" && message && <span className="hint"> {message}</span>}
      {state === "failed" && (
        <button type="button" className="small" onClick={onRetry}>
          {t("retry")}
        </button>
      )}
    </p>
  );
}
