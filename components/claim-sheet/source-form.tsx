"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { TClaimSheet } from "@/lib/claim-sheet/serialize";
import { sourceUrlKey } from "@/lib/sources/source-url-key";
import { FormField } from "@/components/ui/form-field";
import { SOURCE_TYPES, STANCES } from "./types";

type TSource = TClaimSheet["sources"][number];
export type TSourceValues = {
  url: string;
  title: string;
  publisher: string;
  publishedAt: string;
  archiveUrl: string;
  excerpt: string;
  type: string;
  stance: string;
};

const EMPTY: TSourceValues = {
  url: "",
  title: "",
  publisher: "",
  publishedAt: "",
  archiveUrl: "",
  excerpt: "",
  type: "OTHER",
  stance: "CONTEXT",
};

export const valuesOf = (s: TSource): TSourceValues => ({
  url: s.url,
  title: s.title,
  publisher: s.publisher ?? "",
  publishedAt: s.publishedAt ?? "",
  archiveUrl: s.archiveUrl ?? "",
  excerpt: s.excerpt ?? "",
  type: s.type,
  stance: s.stance,
});

/** Which listed source (1-based) already has this URL, by the server's duplicate key. */
function duplicateOf(url: string, others: TSource[]) {
  if (!URL.canParse(url)) return null;
  const key = sourceUrlKey(url);
  const at = others.findIndex((s) => URL.canParse(s.url) && sourceUrlKey(s.url) === key);
  return at === -1 ? null : at + 1;
}

type Props = {
  idPrefix: string;
  initial?: TSourceValues;
  others: TSource[];
  numberOf: (source: TSource) => number;
  errors: Record<string, string>;
  onSubmit: (values: TSourceValues) => Promise<boolean>;
  onCancel: () => void;
};

/** Adding or editing one source; the values stay in the form until the server has them. */
export function SourceForm({ idPrefix, initial = EMPTY, others, numberOf, errors, onSubmit, onCancel }: Props) {
  const t = useTranslations("sheet.source");
  const [values, setValues] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const set =
    (field: keyof TSourceValues) =>
    (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      setValues({ ...values, [field]: e.target.value });
  const duplicate = duplicateOf(values.url, others);
  const duplicateSource = duplicate ? others[duplicate - 1] : null;
  const error = (field: string) => (submitted ? errors[field] : undefined);
  const name = (field: string) => `${idPrefix}-${field}`;
  const today = new Date().toISOString().slice(0, 10);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setSubmitted(true);
    const saved = await onSubmit(values).finally(() => setBusy(false));
    if (saved) setSubmitted(false);
  }

  return (
    <form className="source-form" onSubmit={submit} noValidate>
      <FormField
        name={name("url")}
        label={t("url")}
        error={error("url")}
        hint={duplicateSource ? t("duplicate", { n: numberOf(duplicateSource) }) : undefined}
      >
        <input type="url" dir="ltr" required value={values.url} onChange={set("url")} placeholder="https://" />
      </FormField>
      <FormField name={name("title")} label={t("title")} error={error("title")}>
        <input dir="auto" required value={values.title} onChange={set("title")} />
      </FormField>
      <div className="field-row">
        <FormField name={name("publisher")} label={t("publisher")} error={error("publisher")}>
          <input dir="auto" value={values.publisher} onChange={set("publisher")} />
        </FormField>
        <FormField name={name("publishedAt")} label={t("publishedAt")} error={error("publishedAt")}>
          <input type="date" max={today} value={values.publishedAt} onChange={set("publishedAt")} />
        </FormField>
      </div>
      <div className="field-row">
        <FormField name={name("type")} label={t("type")} error={error("type")}>
          <select value={values.type} onChange={set("type")}>
            {SOURCE_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`types.${type}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField name={name("stance")} label={t("stance")} error={error("stance")}>
          <select value={values.stance} onChange={set("stance")}>
            {STANCES.map((stance) => (
              <option key={stance} value={stance}>
                {t(`stances.${stance}`)}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <FormField name={name("archiveUrl")} label={t("archiveUrl")} error={error("archiveUrl")}>
        <input
          type="url"
          dir="ltr"
          value={values.archiveUrl}
          onChange={set("archiveUrl")}
          placeholder="https://web.archive.org/…"
        />
      </FormField>
      <FormField name={name("excerpt")} label={t("excerpt")} error={error("excerpt")}>
        <textarea dir="auto" rows={3} value={values.excerpt} onChange={set("excerpt")} />
      </FormField>
      <div className="actions">
        <button type="submit" disabled={busy}>
          {initial === EMPTY ? t("add") : t("save")}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
