import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

// What a receiver checks (README "Webhooks"): HMAC-SHA256, keyed with the webhook's secret (its UTF-8
// bytes), over `${X-Sanad-Timestamp}.${raw body}`; sent as `X-Sanad-Signature: sha256=<hex>`.
// Signing the timestamp lets receivers refuse old replays of a captured delivery.

export const newWebhookSecret = () => `whsec_${randomBytes(24).toString("base64url")}`;

export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** The receiver's side, in constant time (used by the tests exactly as a receiver would). */
export function verifyWebhook(secret: string, timestamp: string, body: string, signature: string): boolean {
  const expected = Buffer.from(signWebhook(secret, Number(timestamp), body));
  const given = Buffer.from(signature);
  return /^\d+$/.test(timestamp) && given.length === expected.length && timingSafeEqual(given, expected);
}
