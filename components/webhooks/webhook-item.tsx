"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { TWebhookJson } from "@/lib/webhooks/serialize";
import { callApi } from "@/lib/api/client";
import { WEBHOOK_API } from "@/lib/api/endpoints/admin";
import { DeliveryLog } from "./delivery-log";

type Props = { hook: TWebhookJson; onChange: (hook: TWebhookJson) => void; onDelete: () => void };

export function WebhookItem({ hook, onChange, onDelete }: Props) {
  const t = useTranslations("webhooks");
  const [showSecret, setShowSecret] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function patch(body: { active?: boolean; rotateSecret?: true }) {
    const result = await callApi(WEBHOOK_API.update, { params: { id: hook.id }, body }, { network: t("network") });
    if (result.ok) onChange(result.data);
    setError(result.ok ? null : result.failure.message);
  }

  async function remove() {
    if (!window.confirm(t("confirmDelete"))) return;
    const result = await callApi(WEBHOOK_API.delete, { params: { id: hook.id } }, { network: t("network") });
    if (result.ok) onDelete();
    else setError(result.failure.message);
  }

  return (
    <li className="card webhook" data-webhook={hook.id}>
      <h3 dir="ltr" className="webhook-url">
        {hook.url}
      </h3>
      <p>
        {hook.active ? t("active") : t("inactive")} · <span dir="ltr">{hook.events.join(", ")}</span>
      </p>
      {error && (
        <p role="alert" className="alert" dir="auto">
          {error}
        </p>
      )}
      <p>
        {t("secret")}:{" "}
        {showSecret ? (
          <code dir="ltr" data-testid="webhook-secret">
            {hook.secret}
          </code>
        ) : (
          "••••••••"
        )}{" "}
        <button type="button" className="secondary" onClick={() => setShowSecret(!showSecret)}>
          {showSecret ? t("hideSecret") : t("showSecret")}
        </button>
      </p>
      <div className="actions">
        <button type="button" className="secondary" onClick={() => void patch({ active: !hook.active })}>
          {hook.active ? t("disable") : t("enable")}
        </button>
        <button type="button" className="secondary" onClick={() => void patch({ rotateSecret: true })}>
          {t("rotate")}
        </button>
        <button type="button" className="danger" onClick={() => void remove()}>
          {t("delete")}
        </button>
      </div>
      <details>
        <summary>{t("deliveries")}</summary>
        <DeliveryLog webhookId={hook.id} />
      </details>
    </li>
  );
}
