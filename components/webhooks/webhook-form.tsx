"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { FormField } from "@/components/ui/form-field";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { TWebhookJson } from "@/lib/webhooks/serialize";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/events";
import { callApi, type ApiFailure, type CallInput } from "@/lib/api/client";
import { WEBHOOK_API } from "@/lib/api/endpoints/admin";

/** URL and events of a new webhook; the server answers with its secret. */
export function WebhookForm({ onCreated }: { onCreated: (hook: TWebhookJson) => void }) {
  const t = useTranslations("webhooks");
  const hydrated = useHydrated();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<ApiFailure | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setPending(true);
    // Form values go as typed; the endpoint's schema answers each field's problem.
    const body = { url: data.get("url"), events: data.getAll("events") } as CallInput<
      typeof WEBHOOK_API.create
    >["body"];
    const result = await callApi(WEBHOOK_API.create, { body }, { network: t("network") });
    setPending(false);
    if (!result.ok) return setFailure(result.failure);
    setFailure(null);
    form.reset();
    onCreated(result.data);
  }

  return (
    <form onSubmit={submit} noValidate className="card" aria-labelledby="new-webhook">
      <h2 id="new-webhook">{t("add")}</h2>
      {failure && (
        <div role="alert" className="alert">
          <strong>{t("failed")}</strong> <span dir="auto">{failure.message}</span>
        </div>
      )}
      <FormField name="url" label={t("url")} hint={t("urlHint")} error={failure?.fields.url}>
        <input type="url" dir="ltr" inputMode="url" required />
      </FormField>
      <fieldset>
        <legend>{t("events")}</legend>
        {WEBHOOK_EVENTS.map((e) => (
          <label key={e} className="checkbox">
            <input type="checkbox" name="events" value={e} defaultChecked />{" "}
            {t(`event.${e === "claim.published" ? "published" : "corrected"}`)} <code dir="ltr">{e}</code>
          </label>
        ))}
        {failure?.fields.events && <p className="field-error">{failure.fields.events}</p>}
      </fieldset>
      <button type="submit" disabled={!hydrated || pending}>
        {pending ? t("adding") : t("addButton")}
      </button>
    </form>
  );
}
