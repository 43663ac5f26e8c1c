"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { callApi } from "@/lib/api/client";
import { REVIEW_API } from "@/lib/api/endpoints/review";
import {
  describeHistoryEntry,
  type THistoryEntry,
  type THistoryLine,
  type TRatingNames,
  type TTranslate,
} from "@/lib/audit/history-sentences";

type THistory = { entries: THistoryEntry[]; ratings: TRatingNames };

/** One change under a sentence: before → after, a text, or the words removed and added. */
function Line({ line, arrow }: { line: THistoryLine; arrow: string }) {
  return (
    <li>
      <span className="history-field">{line.label}:</span>{" "}
      {line.diff ? (
        <span dir="auto" className="history-diff">
          {line.diff.map((part, i) =>
            part.op === "added" ? (
              <ins key={i}>{part.text}</ins>
            ) : part.op === "removed" ? (
              <del key={i}>{part.text}</del>
            ) : (
              <span key={i}>{part.text}</span>
            ),
          )}
        </span>
      ) : line.text !== undefined ? (
        <span dir="auto">{line.text}</span>
      ) : (
        <>
          <del dir="auto">{line.before}</del> {arrow} <ins dir="auto">{line.after}</ins>
        </>
      )}
    </li>
  );
}

/**
 * The claim's audit trail as sentences, oldest first: who did what and when, each change in words
 * (lib/audit/history-sentences.ts, the same wording as the public corrections log).
 */
export function HistoryList({
  claimId,
  refreshKey,
  onCount,
}: {
  claimId: string;
  refreshKey: number;
  onCount?: (entries: number) => void;
}) {
  const t = useTranslations() as unknown as TTranslate;
  const locale = useLocale();
  const format = useFormatter();
  const [history, setHistory] = useState<THistory | null>(null);

  useEffect(() => {
    let cancelled = false;
    void callApi(REVIEW_API.history, { params: { id: claimId } }).then((result) => {
      if (cancelled) return;
      const json: THistory = result.ok ? result.data : { entries: [], ratings: {} };
      setHistory(json);
      onCount?.(json.entries.length);
    });
    return () => {
      cancelled = true;
    };
  }, [claimId, refreshKey, onCount]);

  if (!history) return <p className="hint">{t("history.loading")}</p>;
  if (history.entries.length === 0) return <p className="hint">{t("history.empty")}</p>;
  return (
    <ol className="history" data-testid="history">
      {history.entries.map((entry) => {
        const { sentence, lines } = describeHistoryEntry(entry, { t, locale, ratings: history.ratings });
        return (
          <li key={entry.id} className="history-entry" data-action={entry.action}>
            <p className="history-head">
              <span dir="auto" className="history-sentence">
                {sentence}
              </span>{" "}
              <time dateTime={entry.at} className="hint">
                {format.dateTime(new Date(entry.at), { dateStyle: "medium", timeStyle: "short" })}
              </time>
            </p>
            {lines.length > 0 && (
              <ul className="history-changes">
                {lines.map((line, i) => (
                  <Line key={i} line={line} arrow={t("history.arrow")} />
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
