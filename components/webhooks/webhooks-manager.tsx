"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { TWebhookJson } from "@/lib/webhooks/serialize";
import { WebhookForm } from "./webhook-form";
import { WebhookItem } from "./webhook-item";

export function WebhooksManager({ initial }: { initial: TWebhookJson[] }) {
  const t = useTranslations("webhooks");
  const [hooks, setHooks] = useState(initial);
  return (
    <>
      {hooks.length === 0 ? (
        <p className="hint">{t("none")}</p>
      ) : (
        <ul className="webhook-list">
          {hooks.map((hook) => (
            <WebhookItem
              key={hook.id}
              hook={hook}
              onChange={(next) => setHooks(hooks.map((h) => (h.id === next.id ? next : h)))}
              onDelete={() => setHooks(hooks.filter((h) => h.id !== hook.id))}
            />
          ))}
        </ul>
      )}
      <WebhookForm onCreated={(hook) => setHooks([...hooks, hook])} />
    </>
  );
}
