import type { Webhook, WebhookDelivery } from "@/lib/db/generated/client";

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const toWebhookJson = (w: Webhook) => ({
  id: w.id,
  url: w.url,
  secret: w.secret,
  events: w.events,
  active: w.active,
  createdAt: w.createdAt.toISOString(),
});

export function toDeliveryJson(d: WebhookDelivery, now = new Date()) {
  return {
    id: d.id,
    webhookId: d.webhookId,
    event: d.event,
    claimId: d.claimId,
    status: d.status,
    attempts: d.attempts,
    lastStatusCode: d.lastStatusCode,
    lastError: d.lastError,
    nextAttemptAt: d.status === "pending" ? iso(d.nextAttemptAt) : null,
    sending: d.sendingUntil !== null && d.sendingUntil > now,
    createdAt: d.createdAt.toISOString(),
    deliveredAt: iso(d.deliveredAt),
  };
}
export type TDeliveryJson = ReturnType<typeof toDeliveryJson>;
export type TWebhookJson = ReturnType<typeof toWebhookJson>;
