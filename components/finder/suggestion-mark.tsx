"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import type { TSuggestion } from "./types";
import { groupReasons } from "./reason-groups";

type Props = {
  suggestion: TSuggestion;
  text: { slice: (start: number, end: number) => string };
  top: number;
  height: number;
  canAct: boolean;
  onAccept: () => void;
  onDismiss: () => void;
};

// Long enough to move the pointer from the mark onto its card.
const CLOSE_DELAY_MS = 250;

/**
 * A quiet mark in the margin beside a suggested sentence (the text itself is never painted). Hovering
 * or focusing it shows why the sentence is worth checking, with Accept and Dismiss; Escape closes it.
 */
export function SuggestionMark({ suggestion, text, top, height, canAct, onAccept, onDismiss }: Props) {
  const t = useTranslations("finder");
  const id = useId();
  const [open, setOpen] = useState(false);
  const closing = useRef<ReturnType<typeof setTimeout> | null>(null);
  const show = () => {
    if (closing.current) clearTimeout(closing.current);
    setOpen(true);
  };
  const hide = () => {
    closing.current = setTimeout(() => setOpen(false), CLOSE_DELAY_MS);
  };
  const groups = groupReasons(suggestion.reasons, text);
  const score = Math.round(suggestion.score * 100);
  const summary = groups.filter((g) => !g.lowers).map((g) => t(`reasons.${g.kind}`));
  return (
    <div
      className={`finder-mark-wrap${open ? " open" : ""}`}
      style={{ insetBlockStart: top }}
      onMouseEnter={show}
      onMouseLeave={hide}
      onFocus={show}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") setOpen(false);
      }}
      onClick={(event) => event.stopPropagation()}
    >
      <button
        type="button"
        className="finder-mark"
        style={{ blockSize: height }}
        aria-label={t("ui.markLabel", { score, reasons: summary.join("، ") })}
        aria-expanded={open}
        aria-controls={id}
        data-testid="suggestion-mark"
        data-start={suggestion.start}
        onClick={() => setOpen((was) => !was)}
      />
      {open && (
        <div className="finder-card" id={id} role="group" aria-label={t("ui.suggestion")} data-testid="suggestion-card">
          <p className="finder-card-title">
            {t("ui.worthChecking")} <span className="count">{t("ui.score", { score })}</span>
          </p>
          <q dir="auto" className="finder-quote">
            {suggestion.quote}
          </q>
          <ul className="finder-reasons">
            {groups.map((group) => (
              <li key={group.kind} className={group.lowers ? "lowers" : undefined}>
                {group.lowers ? t("ui.lowers") : ""}
                {t(`reasons.${group.kind}`)}
                {group.words.length > 0 && ": "}
                {group.words.map((words, i) => (
                  <bdi key={i} className="finder-words">
                    {words}
                  </bdi>
                ))}
              </li>
            ))}
          </ul>
          {canAct && (
            <div className="finder-actions">
              <button type="button" className="small" onClick={onAccept}>
                {t("ui.accept")}
              </button>
              <button type="button" className="small secondary" onClick={onDismiss}>
                {t("ui.dismiss")}
              </button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
