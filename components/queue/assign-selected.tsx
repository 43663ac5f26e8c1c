"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi } from "@/lib/api/client";
import { CLAIM_API } from "@/lib/api/endpoints/claims";

/** The form the queue table's row checkboxes belong to (their `form` attribute). */
export const ASSIGN_FORM = "queue-assign";

/** Editors and admins: give the claims ticked in the table one checker (POST /api/v1/claims/assign). */
export function AssignSelected({ checkers }: { checkers: { id: string; name: string }[] }) {
  const t = useTranslations("queue");
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const claimIds = form.getAll("claim").map(String);
    if (claimIds.length === 0) return setMessage(t("assignNone"));
    const assigneeId = String(form.get("assignee") ?? "") || null;
    setBusy(true);
    const result = await callApi(CLAIM_API.assign, { body: { claimIds, assigneeId } });
    setBusy(false);
    if (!result.ok) return setMessage(result.failure.message || t("assignFailed"));
    setMessage(t("assigned", { count: claimIds.length }));
    router.refresh();
  }

  return (
    <form id={ASSIGN_FORM} className="queue-assign card" onSubmit={submit} aria-label={t("assignLabel")}>
      <label htmlFor="queue-assign-to">{t("assignTo")}</label>
      <select id="queue-assign-to" name="assignee" defaultValue={checkers[0]?.id ?? ""}>
        {checkers.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
        <option value="">{t("unassigned")}</option>
      </select>
      <button type="submit" disabled={busy}>
        {t("assignSelected")}
      </button>
      {message && <p role="status">{message}</p>}
    </form>
  );
}
