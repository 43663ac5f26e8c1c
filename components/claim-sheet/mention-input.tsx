"use client";

import { useTranslations } from "next-intl";
import { useLayoutEffect, useRef, useState } from "react";
import { textDirection } from "@/lib/comments/direction";
import { parseMentions } from "@/lib/comments/mentions";
import type { TMember } from "./types";

/** The @handle being typed just before the caret: where it starts and what is typed so far. */
function mentionAt(text: string, caret: number) {
  const match = text.slice(0, caret).match(/(?:^|[^A-Za-z0-9._-])@([\p{L}\p{N}._-]*)$/u);
  return match ? { start: caret - match[1].length - 1, query: match[1] } : null;
}

/** Handles in the text that no member has (the server refuses them too). */
export const unknownMentions = (text: string, members: TMember[]) =>
  parseMentions(text).filter((handle) => !members.some((m) => m.handle.toLowerCase() === handle));

type Props = {
  id: string;
  value: string;
  onChange: (value: string) => void;
  members: TMember[];
  rows?: number;
  placeholder?: string;
};

/**
 * A text box where @ suggests workspace members (comments and the request-changes note alike): picking
 * one puts `@handle ` where the caret was and the caret after it; an unknown handle is flagged before
 * sending. The text's direction is its first strong letter's, mentions, links and numbers aside.
 */
export function MentionInput({ id, value, onChange, members, rows = 2, placeholder }: Props) {
  const t = useTranslations("comments");
  const box = useRef<HTMLTextAreaElement>(null);
  const [caret, setCaret] = useState<number | null>(null);
  const [placeCaret, setPlaceCaret] = useState<number | null>(null);
  const typing = caret === null ? null : mentionAt(value, caret);
  const suggestions = typing
    ? members
        .filter((m) => m.handle.toLowerCase().startsWith(typing.query.toLowerCase()) || m.name.includes(typing.query))
        .slice(0, 6)
    : [];
  const unknown = unknownMentions(value, members);

  useLayoutEffect(() => {
    if (placeCaret === null || !box.current) return;
    box.current.focus();
    box.current.setSelectionRange(placeCaret, placeCaret);
    setCaret(placeCaret);
    setPlaceCaret(null);
  }, [placeCaret]);

  function pick(member: TMember) {
    if (!typing || caret === null) return;
    const inserted = `@${member.handle} `;
    const rest = value.slice(caret).replace(/^\s+/u, "");
    onChange(`${value.slice(0, typing.start)}${inserted}${rest}`);
    setPlaceCaret(typing.start + inserted.length);
  }

  const track = (e: React.SyntheticEvent<HTMLTextAreaElement>) => setCaret(e.currentTarget.selectionStart);
  return (
    <>
      <textarea
        ref={box}
        id={id}
        dir={textDirection(value)}
        rows={rows}
        value={value}
        placeholder={placeholder}
        aria-invalid={unknown.length > 0 || undefined}
        onChange={(e) => {
          onChange(e.target.value);
          setCaret(e.target.selectionStart);
        }}
        onSelect={track}
        onKeyUp={track}
        onClick={track}
      />
      {suggestions.length > 0 && (
        <ul className="mention-suggestions" role="listbox" aria-label={t("mentionSuggestions")}>
          {suggestions.map((member) => (
            <li key={member.id} role="option" aria-selected="false">
              <button type="button" className="secondary small" onClick={() => pick(member)}>
                {member.name} <bdi dir="ltr">@{member.handle}</bdi>
              </button>
            </li>
          ))}
        </ul>
      )}
      {unknown.length > 0 && (
        <p className="field-error" role="alert" data-testid="unknown-mention">
          {t("unknownMention", { handles: unknown.map((h) => `@${h}`).join(" ") })}
        </p>
      )}
    </>
  );
}
