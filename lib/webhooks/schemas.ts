import { z } from "zod";
import { errorText } from "@/lib/i18n/error-text";
import { httpUrl } from "@/lib/validation/fields";
import { isRefusedHost } from "@/lib/net/address-policy";
import { WEBHOOK_EVENTS } from "./events";

const webhookUrl = () =>
  httpUrl().refine((url) => !isRefusedHost(new URL(url)), {
    error: errorText("webhookPrivateUrl"),
  });

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
