"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { TFieldGroup, TSheetForm } from "@/lib/claim-sheet/form";
import { richTextToPlain } from "@/lib/rich-text/plain-text";
import type { TConflictState } from "./use-sheet-autosave";

type Props = {
  conflict: TConflictState;
  mine: TSheetForm;
  describe: (form: TSheetForm, group: TFieldGroup) => string;
  onResolve: (choices: Partial<Record<TFieldGroup, "mine" | "theirs">>) => void;
};

/** Someone saved the same fields while you typed: both versions side by side, you pick per field. */
export function ConflictPanel({ conflict, mine, describe, onResolve }: Props) {
  const t = useTranslations("sheet.conflict");
  const field = useTranslations("sheet.fields");
  const [choices, setChoices] = useState<Partial<Record<TFieldGroup, "mine" | "theirs">>>({});
  return (
    <section className="conflict card" role="alertdialog" aria-labelledby="conflict-title" data-testid="conflict">
      <h3 id="conflict-title">{t("title")}</h3>
      <p className="hint">{t("explain")}</p>
      {conflict.groups.map((group) => (
        <fieldset key={group} className="conflict-field" data-group={group}>
          <legend>{field(group)}</legend>
          <div className="conflict-sides">
            <label className="conflict-side">
              <input
                type="radio"
                name={`conflict-${group}`}
                checked={choices[group] !== "theirs"}
                onChange={() => setChoices({ ...choices, [group]: "mine" })}
              />
              <span>{t("mine")}</span>
              <span className="conflict-value" dir="auto">
                {describe(mine, group) || t("empty")}
              </span>
            </label>
            <label className="conflict-side">
              <input
                type="radio"
                name={`conflict-${group}`}
                checked={choices[group] === "theirs"}
                onChange={() => setChoices({ ...choices, [group]: "theirs" })}
              />
              <span>{t("theirs")}</span>
              <span className="conflict-value" dir="auto">
                {describe(conflict.theirs, group) || t("empty")}
              </span>
            </label>
          </div>
        </fieldset>
      ))}
      <button type="button" onClick={() => onResolve(choices)}>
        {t("apply")}
      </button>
    </section>
  );
}

export const rationaleText = (form: TSheetForm) => richTextToPlain(form.rationale);
