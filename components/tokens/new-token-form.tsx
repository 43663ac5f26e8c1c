"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { callApi } from "@/lib/api/client";
import { TOKEN_API } from "@/lib/api/endpoints/admin";
import type { TTokenJson } from "@/lib/tokens/schemas";

const EXPIRY_CHOICES = [7, 30, 90, 365];

export function NewTokenForm({
  disabled,
  onCreated,
}: {
  disabled: boolean;
  onCreated: (token: TTokenJson, secret: string) => void;
}) {
  const t = useTranslations("tokens");
  const [name, setName] = useState("");
  const [days, setDays] = useState(30);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<{ message?: string; fields?: Record<string, string> }>({});

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    const result = await callApi(TOKEN_API.create, { body: { name, expiresInDays: days } });
    setBusy(false);
    if (!result.ok) {
      const { message, fields } = result.failure;
      return setErrors(Object.keys(fields).length > 0 ? { message, fields } : { message: message || t("network") });
    }
    setName("");
    onCreated(result.data.token, result.data.secret);
  }

  return (
    <form className="token-form" onSubmit={submit}>
      <h2>{t("newTitle")}</h2>
      {errors.message && !errors.fields && (
        <p className="alert" role="alert">
          {errors.message}
        </p>
      )}
      <div className="field-row">
        <div className="field">
          <label htmlFor="token-name">{t("name")}</label>
          <input
            id="token-name"
            dir="auto"
            value={name}
            maxLength={100}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={Boolean(errors.fields?.name)}
            aria-describedby="token-name-hint token-name-error"
          />
          <p className="hint" id="token-name-hint">
            {t("nameHint")}
          </p>
          {errors.fields?.name && (
            <p className="field-error" id="token-name-error">
              {errors.fields.name}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="token-expiry">{t("expiry")}</label>
          <select id="token-expiry" value={days} onChange={(e) => setDays(Number(e.target.value))}>
            {EXPIRY_CHOICES.map((n) => (
              <option key={n} value={n}>
                {t("days", { count: n })}
              </option>
            ))}
          </select>
          {errors.fields?.expiresInDays && <p className="field-error">{errors.fields.expiresInDays}</p>}
        </div>
      </div>
      <button type="submit" disabled={disabled || busy}>
        {t("create")}
      </button>
    </form>
  );
}
