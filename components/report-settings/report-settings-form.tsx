"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { callApi, type TFailure } from "@/components/ui/call-api";
import { FormField } from "@/components/ui/form-field";
import { useHydrated } from "@/components/ui/use-hydrated";

export type TReportSettingsJson = {
  orgName: string;
  orgUrl: string | null;
  logoUrl: string | null;
  methodologyUrl: string | null;
  correctionsPolicyUrl: string | null;
};

const URL_FIELDS = ["orgUrl", "logoUrl", "methodologyUrl", "correctionsPolicyUrl"] as const;

/** How public reports present the newsroom; admins edit (others see the same fields read-only). */
export function ReportSettingsForm({ initial, canEdit }: { initial: TReportSettingsJson; canEdit: boolean }) {
  const t = useTranslations("reportSettings");
  const hydrated = useHydrated();
  const [settings, setSettings] = useState(initial);
  const [status, setStatus] = useState<"idle" | "saving" | "saved">("idle");
  const [failure, setFailure] = useState<TFailure | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(event.currentTarget));
    setStatus("saving");
    const result = await callApi<TReportSettingsJson>("/api/v1/report-settings", "PUT", data, t("network"));
    if (result.ok) {
      setSettings(result.data);
      setFailure(null);
      setStatus("saved");
    } else {
      setFailure(result.failure);
      setStatus("idle");
    }
  }

  return (
    <form onSubmit={submit} noValidate key={JSON.stringify(settings)}>
      {failure && (
        <div role="alert" className="alert">
          <strong>{t("failed")}</strong> <span dir="auto">{failure.message}</span>
        </div>
      )}
      <FormField
        name="orgName"
        label={t("fields.orgName")}
        hint={t("fields.orgNameHint")}
        error={failure?.fields.orgName}
      >
        <input dir="auto" maxLength={200} defaultValue={settings.orgName} readOnly={!canEdit} />
      </FormField>
      {URL_FIELDS.map((name) => (
        <FormField key={name} name={name} label={t(`fields.${name}`)} error={failure?.fields[name]}>
          <input type="url" dir="ltr" inputMode="url" defaultValue={settings[name] ?? ""} readOnly={!canEdit} />
        </FormField>
      ))}
      {canEdit && (
        <div className="actions">
          <button type="submit" disabled={!hydrated || status === "saving"}>
            {status === "saving" ? t("saving") : t("save")}
          </button>
          <p role="status" className="hint">
            {status === "saved" ? t("saved") : ""}
          </p>
        </div>
      )}
    </form>
  );
}
