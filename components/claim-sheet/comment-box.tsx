"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { TMember } from "./types";

type Props = {
  label: string;
  initial?: string;
  members: TMember[];
  submitLabel: string;
  onSubmit: (body: string) => Promise<boolean>;
  onCancel?: () => void;
};

/** The @handle being typed at the end of the text, if any. */
const typingMention = (text: string) => text.match(/(?:^|\s)@([\p{L}\p{N}._-]*)$/u)?.[1] ?? null;

/** A comment's text box; typing @ suggests workspace members by name or handle. */
export function CommentBox({ label, initial = "", members, submitLabel, onSubmit, onCancel }: Props) {
  const t = useTranslations("comments");
  const id = useId();
  const [body, setBody] = useState(initial);
  const [busy, setBusy] = useState(false);
  const query = typingMention(body);
  const suggestions =
    query === null
      ? []
      : members
          .filter((m) => m.handle.toLowerCase().startsWith(query.toLowerCase()) || m.name.includes(query))
          .slice(0, 6);

  function mention(member: TMember) {
    setBody(body.replace(/@([\p{L}\p{N}._-]*)$/u, `@${member.handle} `));
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    const sent = await onSubmit(body).finally(() => setBusy(false));
    if (sent && !initial) setBody("");
  }

  return (
    <form className="comment-box" onSubmit={submit}>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        dir="auto"
        rows={2}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        placeholder={t("placeholder")}
      />
      {suggestions.length > 0 && (
        <ul className="mention-suggestions" role="listbox" aria-label={t("mentionSuggestions")}>
          {suggestions.map((member) => (
            <li key={member.id} role="option" aria-selected="false">
              <button type="button" className="secondary small" onClick={() => mention(member)}>
                {member.name} <bdi dir="ltr">@{member.handle}</bdi>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button type="submit" className="small" disabled={busy || !body.trim()}>
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
