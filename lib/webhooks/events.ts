// The events a webhook may subscribe to (no server imports: the settings page's form uses it too).
export const WEBHOOK_EVENTS = ["claim.published", "claim.corrected"] as const;
export type TWebhookEvent = (typeof WEBHOOK_EVENTS)[number];
