"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { callApi } from "@/lib/api/client";
import { WORKSPACE_API } from "@/lib/api/endpoints/workspace";

/** Tags as removable chips; typing suggests the workspace's tags, Enter or comma adds a new one. */
export function TagInput({
  tags,
  onChange,
  error,
}: {
  tags: string[];
  onChange: (tags: string[]) => void;
  error?: string;
}) {
  const t = useTranslations("sheet");
  const listId = useId();
  const [text, setText] = useState("");
  const [suggestions, setSuggestions] = useState<string[]>([]);

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      callApi(WORKSPACE_API.tags, { query: { q: text.trim() } }, { signal: controller.signal }).then((result) => {
        if (result.ok) setSuggestions(result.data.tags);
        else if (result.failure.code !== "network") setSuggestions([]);
      });
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text]);

  function add(value = text) {
    const name = value.replace(/[,،]/gu, " ").trim();
    setText("");
    if (name && !tags.includes(name)) onChange([...tags, name]);
  }

  return (
    <div className="field">
      <label htmlFor="sheet-tags">{t("tags")}</label>
      <ul className="chips" aria-label={t("tags")}>
        {tags.map((tag) => (
          <li key={tag} className="chip" dir="auto">
            {tag}
            <button
              type="button"
              className="chip-remove"
              aria-label={t("removeTag", { tag })}
              onClick={() => onChange(tags.filter((x) => x !== tag))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        id="sheet-tags"
        list={listId}
        value={text}
        dir="auto"
        placeholder={t("tagPlaceholder")}
        onChange={(e) => (/[,،]$/u.test(e.target.value) ? add(e.target.value) : setText(e.target.value))}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            add();
          }
        }}
        onBlur={() => add()}
      />
      <datalist id={listId}>
        {suggestions
          .filter((s) => !tags.includes(s))
          .map((s) => (
            <option key={s} value={s} />
          ))}
      </datalist>
      {error && <p className="field-error">{error}</p>}
    </div>
  );
}
