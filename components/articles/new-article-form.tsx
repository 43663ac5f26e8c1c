"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useHydrated } from "@/components/ui/use-hydrated";
import { useState, type FormEvent } from "react";
import { detectDirection } from "@/lib/arabic/normalize";
import { FormField } from "@/components/ui/form-field";
import { ARTICLE_API } from "@/lib/api/endpoints/articles";
import { useApiForm } from "./use-api-form";

export function NewArticleForm() {
  const t = useTranslations("newArticle");
  const router = useRouter();
  const hydrated = useHydrated();
  const [body, setBody] = useState("");
  const direction = body.trim() ? detectDirection(body) : null;
  const { submit, pending, failure } = useApiForm(ARTICLE_API.create, t("network"));
  const fieldError = (name: string) => failure?.fields[name];

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(event.currentTarget));
    const created = await submit(values);
    if (created) router.push(`/articles/${created.id}`);
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      {failure && (
        <div role="alert" className="alert">
          <strong>{t("failed")}</strong> {failure.message}
        </div>
      )}
      <FormField name="title" label={t("fields.title")} error={fieldError("title")}>
        <input dir="auto" maxLength={300} required />
      </FormField>
      <FormField name="body" label={t("fields.body")} hint={t("fields.bodyHint")} error={fieldError("body")}>
        <textarea dir={direction ?? "auto"} value={body} onChange={(e) => setBody(e.target.value)} required />
      </FormField>
      {direction && (
        <p className="hint" data-testid="detected-direction">
          {t("direction", { direction })}
        </p>
      )}
      <FormField name="format" label={t("fields.format")} error={fieldError("format")}>
        <select defaultValue="text">
          <option value="text">{t("fields.formatText")}</option>
          <option value="html">{t("fields.formatHtml")}</option>
        </select>
      </FormField>
      <div className="field-row">
        <FormField name="language" label={t("fields.language")} error={fieldError("language")}>
          <input dir="ltr" placeholder={t("fields.languageAuto")} maxLength={35} />
        </FormField>
        <FormField name="publishedAt" label={t("fields.publishedAt")} error={fieldError("publishedAt")}>
          <input type="date" dir="ltr" />
        </FormField>
      </div>
      <FormField name="sourceUrl" label={t("fields.sourceUrl")} error={fieldError("sourceUrl")}>
        <input type="url" dir="ltr" inputMode="url" />
      </FormField>
      <FormField name="publisher" label={t("fields.publisher")} error={fieldError("publisher")}>
        <input dir="auto" maxLength={200} />
      </FormField>
      <button type="submit" disabled={pending || !hydrated}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
