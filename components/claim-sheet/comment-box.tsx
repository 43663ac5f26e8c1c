"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { MentionInput, unknownMentions } from "./mention-input";
import type { TMember } from "./types";

type Props = {
  label: string;
  initial?: string;
  members: TMember[];
  submitLabel: string;
  onSubmit: (body: string) => Promise<boolean>;
  onCancel?: () => void;
};

/** A comment's text box; typing @ suggests workspace members by name or handle. */
export function CommentBox({ label, initial = "", members, submitLabel, onSubmit, onCancel }: Props) {
  const t = useTranslations("comments");
  const id = useId();
  const [body, setBody] = useState(initial);
  const [busy, setBusy] = useState(false);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    const sent = await onSubmit(body).finally(() => setBusy(false));
    if (sent && !initial) setBody("");
  }

  return (
    <form className="comment-box" onSubmit={submit}>
      <label htmlFor={id}>{label}</label>
      <MentionInput id={id} value={body} onChange={setBody} members={members} placeholder={t("placeholder")} />
      <div className="actions">
        <button
          type="submit"
          className="small"
          disabled={busy || !body.trim() || unknownMentions(body, members).length > 0}
        >
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="secondary small" onClick={onCancel}>
            {t("cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
