"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { TErrorBody } from "@/lib/api/errors";
import type { TTokenJson } from "@/lib/tokens/manage-tokens";

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
    const response = await fetch("/api/v1/tokens", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name, expiresInDays: days }),
    });
    const answer = await response.json();
    setBusy(false);
    if (!response.ok) return setErrors((answer as TErrorBody).error);
    setName("");
    onCreated(answer.token, answer.secret);
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
