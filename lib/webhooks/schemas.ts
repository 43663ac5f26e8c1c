import { z } from "zod";
import { ZCount, ZTimestamp } from "@/lib/api/wire";
import { WebhookDeliveryStatus } from "@/lib/db/generated/enums";
import { errorText } from "@/lib/i18n/error-text";
import { httpUrl } from "@/lib/validation/fields";
import { WEBHOOK_EVENTS } from "./events";

// Client-safe: whether the address is private is checked by createWebhook/updateWebhook (lib/net/address-policy.ts).
const webhookUrl = () => httpUrl();

const events = () =>
  z
    .array(z.enum(WEBHOOK_EVENTS, { error: errorText("webhookEvent") }))
    .min(1, { error: errorText("webhookEvents") })
    .transform((list) => WEBHOOK_EVENTS.filter((e) => list.includes(e)));

export const ZCreateWebhook = z.strictObject({ url: webhookUrl(), events: events().default([...WEBHOOK_EVENTS]) });
export type TCreateWebhook = z.infer<typeof ZCreateWebhook>;

export const ZUpdateWebhook = z.strictObject({
  url: webhookUrl().optional(),
  events: events().optional(),
  active: z.boolean().optional(),
  rotateSecret: z.literal(true).optional(),
});
export type TUpdateWebhook = z.infer<typeof ZUpdateWebhook>;

// Responses

/** A webhook with its signing secret (admins only see webhooks at all). */
export const ZWebhook = z.object({
  id: z.string(),
  url: z.string(),
  secret: z.string(),
  events: z.array(z.enum(WEBHOOK_EVENTS)),
  active: z.boolean(),
  createdAt: ZTimestamp,
});

export const ZWebhookList = z.object({ webhooks: z.array(ZWebhook) });

export const ZDeletedWebhook = z.object({ id: z.string(), deleted: z.literal(true) });

/** One event for one webhook; `nextAttemptAt` only while pending, `sending` while an attempt holds its lease. */
export const ZDelivery = z.object({
  id: z.string(),
  webhookId: z.string(),
  event: z.enum(WEBHOOK_EVENTS),
  claimId: z.string(),
  status: z.enum(WebhookDeliveryStatus),
  attempts: ZCount,
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  nextAttemptAt: ZTimestamp.nullable(),
  sending: z.boolean(),
  createdAt: ZTimestamp,
  deliveredAt: ZTimestamp.nullable(),
});

export const ZDeliveryList = z.object({ deliveries: z.array(ZDelivery) });
