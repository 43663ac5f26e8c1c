"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { callApi } from "@/lib/api/client";
import { FINDER_API } from "@/lib/api/endpoints/finder";
import { useHydrated } from "@/components/ui/use-hydrated";

/** The workspace's switch for the reader's suggestions; it saves as soon as it is flipped (admins). */
export function FinderSettingsForm({ initial, canEdit }: { initial: { suggestions: boolean }; canEdit: boolean }) {
  const t = useTranslations("finder.settings");
  const hydrated = useHydrated();
  const [suggestions, setSuggestions] = useState(initial.suggestions);
  const [status, setStatus] = useState<string | null>(null);

  async function toggle(next: boolean) {
    setSuggestions(next);
    setStatus(null);
    const result = await callApi(FINDER_API.updateSettings, { body: { suggestions: next } }, { network: t("network") });
    if (result.ok) {
      setSuggestions(result.data.suggestions);
      setStatus(t("saved"));
    } else {
      setSuggestions(!next);
      setStatus(result.failure.message);
    }
  }

  return (
    <div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={suggestions}
          disabled={!canEdit || !hydrated}
          onChange={(event) => void toggle(event.target.checked)}
        />{" "}
        {t("suggestions")}
      </label>
      <p role="status" className="hint">
        {status}
      </p>
    </div>
  );
}
