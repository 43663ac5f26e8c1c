"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { callApi } from "@/lib/api/client";
import { REVIEW_API } from "@/lib/api/endpoints/review";
import type { TClaimHistory } from "@/lib/audit/schemas";

type TEntry = TClaimHistory["entries"][number];

const ACTIONS = [
  "claim.created",
  "claim.deleted",
  "claim.reattached",
  "claim.orphaned",
  "claim.reanchored",
  "sheet.updated",
  "workflow.submit",
  "workflow.request_changes",
  "workflow.approve",
  "workflow.publish",
  "workflow.reopen",
  "workflow.approval_dismissed",
  "workflow.correction_started",
  "comment.created",
  "comment.edited",
  "comment.resolved",
  "comment.reopened",
];

/** A value as one short line: people by name, ratings by key, long text cut. */
function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "object" && value && "name" in value) return String((value as { name: unknown }).name ?? "—");
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return [...text].length > 120 ? `${[...text].slice(0, 120).join("")}…` : text;
}

/** The claim's audit trail as a timeline, oldest first: who, when, what changed from what to what. */
export function HistoryList({ claimId, refreshKey }: { claimId: string; refreshKey: number }) {
  const t = useTranslations("history");
  const format = useFormatter();
  const [entries, setEntries] = useState<TEntry[] | null>(null);

  useEffect(() => {
    let cancelled = false;
    callApi(REVIEW_API.history, { params: { id: claimId } }).then(
      (result) => !cancelled && setEntries(result.ok ? result.data.entries : []),
    );
    return () => {
      cancelled = true;
    };
  }, [claimId, refreshKey]);

  if (!entries) return <p className="hint">{t("loading")}</p>;
  return (
    <ol className="history" data-testid="history">
      {entries.map((entry) => (
        <li key={entry.id} className="history-entry" data-action={entry.action}>
          <p className="history-head">
            <strong>{entry.actor?.name ?? t("formerMember")}</strong>{" "}
            {ACTIONS.includes(entry.action) ? t(`actions.${entry.action}`) : entry.action}{" "}
            <time dateTime={entry.at} className="hint">
              {format.dateTime(new Date(entry.at), { dateStyle: "medium", timeStyle: "short" })}
            </time>
          </p>
          {entry.changes.length > 0 && (
            <ul className="history-changes">
              {entry.changes.map((change) => (
                <li key={change.field}>
                  <span className="history-field">{change.field}</span>{" "}
                  {change.summary ? (
                    <span dir="auto">
                      {[
                        ...change.summary.added.map((title) => t("sourceAdded", { title })),
                        ...change.summary.removed.map((title) => t("sourceRemoved", { title })),
                        ...change.summary.edited.map((title) => t("sourceEdited", { title })),
                        ...(change.summary.reordered ? [t("sourcesReordered")] : []),
                      ].join(" · ")}
                    </span>
                  ) : (
                    <>
                      <del dir="auto">{show(change.before)}</del> → <ins dir="auto">{show(change.after)}</ins>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
