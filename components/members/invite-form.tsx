"use client";

import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { useApiForm } from "@/components/articles/use-api-form";
import { WORKSPACE_API } from "@/lib/api/endpoints/workspace";
import { FormField } from "@/components/ui/form-field";
import { ROLES, type TMember } from "./types";

type TInvited = { member: TMember; firstPassword: string | null };

export function InviteForm({ onInvited }: { onInvited: (invited: TInvited) => void }) {
  const t = useTranslations("members");
  const tRoles = useTranslations("roles");
  const { submit, pending, failure } = useApiForm(WORKSPACE_API.invite, t("network"));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const invited = await submit(Object.fromEntries(new FormData(form)));
    if (invited) {
      form.reset();
      onInvited(invited);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="card invite-form" aria-labelledby="invite-title">
      <h2 id="invite-title">{t("invite.title")}</h2>
      {failure && !Object.keys(failure.fields).length && (
        <p role="alert" className="alert" dir="auto">
          {failure.message}
        </p>
      )}
      <div className="field-row">
        <FormField name="name" label={t("invite.name")} error={failure?.fields.name}>
          <input dir="auto" maxLength={200} required />
        </FormField>
        <FormField name="email" label={t("invite.email")} error={failure?.fields.email}>
          <input type="email" dir="ltr" maxLength={320} required />
        </FormField>
        <FormField name="role" label={t("invite.role")} error={failure?.fields.role}>
          <select defaultValue="FACT_CHECKER">
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {tRoles(role)}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <button type="submit" disabled={pending}>
        {pending ? t("invite.submitting") : t("invite.submit")}
      </button>
    </form>
  );
}
