"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { callApi, type ApiFailure, type CallInput } from "@/lib/api/client";
import { WORKSPACE_API } from "@/lib/api/endpoints/workspace";
import { FormField } from "@/components/ui/form-field";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { TReportSettingsView } from "@/lib/reports/schemas";

export type TReportSettingsJson = TReportSettingsView;

const URL_FIELDS = ["orgUrl", "logoUrl", "methodologyUrl", "correctionsPolicyUrl"] as const;

/** How public reports present the newsroom; admins edit (others see the same fields read-only). */
export function ReportSettingsForm({ initial, canEdit }: { initial: TReportSettingsJson; canEdit: boolean }) {
  const t = useTranslations("reportSettings");
  const hydrated = useHydrated();
  const [settings, setSettings] = useState(initial);
  const [status, setStatus] = useState<"idle" | "saving" | "saved">("idle");
  const [failure, setFailure] = useState<ApiFailure | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Form values go as typed; the endpoint's schema answers each field's problem.
    const body = Object.fromEntries(new FormData(event.currentTarget)) as CallInput<
      typeof WORKSPACE_API.updateReportSettings
    >["body"];
    setStatus("saving");
    const result = await callApi(WORKSPACE_API.updateReportSettings, { body }, { network: t("network") });
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
