// The events a webhook may subscribe to (no server imports: the settings page's form uses it too).
// claim.retracted tells receivers to withdraw the ClaimReview they took from claim.published/corrected.
export const WEBHOOK_EVENTS = ["claim.published", "claim.corrected", "claim.retracted"] as const;
export type TWebhookEvent = (typeof WEBHOOK_EVENTS)[number];
