"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { callApi } from "@/lib/api/client";
import { REVIEW_API } from "@/lib/api/endpoints/review";
import type { TClaimSheet } from "@/lib/claim-sheet/serialize";
import { textDirection } from "@/lib/comments/direction";
import type { TTransitionOptions } from "@/lib/workflow/schemas";
import { MentionInput, unknownMentions } from "./mention-input";
import type { TMember } from "./types";

type TOptions = TTransitionOptions;
type TAction = TOptions["actions"][number]["action"];

type Props = { sheet: TClaimSheet; members: TMember[]; onDone: (sheet: TClaimSheet) => void };

/**
 * The claim's place in review and the steps the signed-in member may take now (the server's own rules,
 * from GET /transitions): no button for what they may not do, a comment box where one is required.
 */
export function WorkflowBar({ sheet, members, onDone }: Props) {
  const t = useTranslations("workflow");
  const format = useFormatter();
  const [options, setOptions] = useState<TOptions | null>(null);
  const [asking, setAsking] = useState<TAction | null>(null);
  const [comment, setComment] = useState("");
  const [error, setError] = useState<{ message: string; fields: string[] } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let cancelled = false;
    callApi(REVIEW_API.transitions, { params: { id: sheet.id } }).then(
      (result) => !cancelled && setOptions(result.ok ? result.data : null),
    );
    return () => {
      cancelled = true;
    };
  }, [sheet.id, sheet.version, sheet.status]);

  const needsComment = (action: TAction) =>
    action === "request_changes" ||
    action === "retract" ||
    (action === "publish" && Boolean(options?.commentRequired.publish));
  const commentLabel = { publish: "correctionNote", retract: "retractionNote" } as const;

  async function run(action: TAction) {
    if (needsComment(action) && asking !== action) return setAsking(action);
    setBusy(true);
    setError(null);
    const result = await callApi(REVIEW_API.transition, {
      params: { id: sheet.id },
      body: { action, version: sheet.version, ...(comment.trim() ? { comment } : {}) },
    });
    setBusy(false);
    if (result.ok) {
      setAsking(null);
      setComment("");
      return onDone(result.data);
    }
    const { failure } = result;
    setError({ message: failure.message || t("failed"), fields: Object.values(failure.fields) });
    if (failure.status === 409 && failure.current) onDone(failure.current);
  }

  const shown = options?.actions.filter((a) => a.allowed) ?? [];
  const { changesRequested: changes, approvedBy, retracted } = sheet.workflow;
  const submit = options?.actions.find((a) => a.action === "submit");
  return (
    <section className="workflow-bar" aria-label={t("label")} data-testid="workflow">
      <p className="workflow-state">
        <span className={`status-pill status-${sheet.status.toLowerCase()}`}>{t(`status.${sheet.status}`)}</span>
        {sheet.workflow.correcting && (
          <span className="hint"> {t("correcting", { n: sheet.workflow.published?.number ?? 1 })}</span>
        )}
        {sheet.status === "PUBLISHED" && sheet.workflow.published && (
          <span className="hint"> {t("publishedAs", { n: sheet.workflow.published.number })}</span>
        )}
      </p>
      {changes && (
        <div className="changes-requested" role="note" data-testid="changes-requested">
          <p className="hint">
            {t("changesRequestedBy", {
              name: changes.by?.name ?? "—",
              date: format.dateTime(new Date(changes.at), { dateStyle: "medium", timeStyle: "short" }),
            })}
          </p>
          <blockquote dir={textDirection(changes.note)}>{changes.note}</blockquote>
        </div>
      )}
      {approvedBy && (sheet.status === "APPROVED" || sheet.status === "PUBLISHED") && (
        <p className="hint" data-testid="approved-by">
          {t("approvedBy", { name: approvedBy.name ?? "—" })}
        </p>
      )}
      {retracted && (
        <p className="retracted-note" role="note" data-testid="retracted">
          {t("retractedBy", {
            name: retracted.by?.name ?? "—",
            date: format.dateTime(new Date(retracted.at), { dateStyle: "medium" }),
            note: retracted.note,
          })}
        </p>
      )}
      {submit &&
        !submit.allowed &&
        options &&
        Object.keys(options.missing).length > 0 &&
        sheet.status !== "PUBLISHED" &&
        sheet.status !== "APPROVED" && (
          <p className="hint">
            {t("missing", {
              list: Object.keys(options.missing)
                .map((field) => t(`fields.${field}`))
                .join("، "),
            })}
          </p>
        )}
      <div className="workflow-actions">
        {shown.map(({ action }) => (
          <button
            key={action}
            type="button"
            className={
              action === "retract"
                ? "danger"
                : action === "request_changes" || action === "reopen"
                  ? "secondary"
                  : undefined
            }
            disabled={busy}
            onClick={() => void run(action)}
          >
            {t(`actions.${action}`)}
          </button>
        ))}
      </div>
      {asking && (
        <div className="workflow-comment">
          {asking === "retract" && (
            <p className="hint" data-testid="retract-explains">
              {t("retractExplains")}
            </p>
          )}
          <label htmlFor="workflow-comment">
            {t(asking === "publish" || asking === "retract" ? commentLabel[asking] : "changesComment")}
          </label>
          <MentionInput id="workflow-comment" rows={3} value={comment} onChange={setComment} members={members} />
          <div className="actions">
            <button
              type="button"
              className={asking === "retract" ? "danger" : undefined}
              disabled={busy || !comment.trim() || unknownMentions(comment, members).length > 0}
              onClick={() => void run(asking)}
            >
              {t(`confirm.${asking}`)}
            </button>
            <button type="button" className="secondary" onClick={() => setAsking(null)}>
              {t("cancel")}
            </button>
          </div>
        </div>
      )}
      {error && (
        <div className="field-error" role="alert">
          <p>{error.message}</p>
          {error.fields.length > 0 && (
            <ul>
              {error.fields.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
