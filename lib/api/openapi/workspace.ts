import { ZTagQuery } from "@/lib/claim-sheet/schemas";
import { ZChangeRole, ZInviteMember } from "@/lib/members/schemas";
import { ZMarkRead, ZNotificationQuery } from "@/lib/notifications/schemas";
import { ZQueueQuery } from "@/lib/queue/schemas";
import { ZRatingScale } from "@/lib/ratings/schemas";
import { ZReportSettings } from "@/lib/reports/report-settings";
import { ZCreateToken } from "@/lib/tokens/schemas";
import { ZCreateWebhook, ZUpdateWebhook } from "@/lib/webhooks/schemas";
import type { Endpoint } from "./types";

export const WORKSPACE_ENDPOINTS: Endpoint[] = [
  { method: "GET", path: "/me/queue", tag: "me", summary: "My work (claims I check) or my reviews, with counts per status.", query: ZQueueQuery, success: { status: 200, description: "The queue." } },
  { method: "GET", path: "/notifications", tag: "me", summary: "My notifications, newest first.", query: ZNotificationQuery, success: { status: 200, description: "`{notifications: [...], unread}`" } },
  { method: "POST", path: "/notifications/read", tag: "me", summary: "Mark notifications read: `{ids: [...]}` or `{all: true}`.", body: ZMarkRead, success: { status: 200, description: "How many were marked." } },
  { method: "GET", path: "/members", tag: "workspace", summary: "The workspace's members (any member).", success: { status: 200, description: "`{members: [...]}`" } },
  { method: "POST", path: "/members", tag: "workspace", summary: "Invite a member (admins); a new account's first password is returned once.", body: ZInviteMember, success: { status: 201, description: "`{member, firstPassword}`" } },
  { method: "PATCH", path: "/members/{userId}", tag: "workspace", summary: "Change a member's role (admins; the last admin stays).", body: ZChangeRole, success: { status: 200, description: "The member." }, errors: [409] },
  { method: "DELETE", path: "/members/{userId}", tag: "workspace", summary: "Remove a member (admins; the last admin stays). Their tokens stop working.", success: { status: 200, description: "`{id, removed: true}`" }, errors: [409] },
  { method: "GET", path: "/rating-scale", tag: "workspace", summary: "The verdict scale, with how many claims use each rating.", success: { status: 200, description: "The scale." } },
  { method: "PUT", path: "/rating-scale", tag: "workspace", summary: "Replace the verdict scale as a whole ordered list (admins).", body: ZRatingScale, success: { status: 200, description: "The scale." } },
  { method: "GET", path: "/report-settings", tag: "workspace", summary: "How public reports present the organisation.", success: { status: 200, description: "The settings." } },
  { method: "PUT", path: "/report-settings", tag: "workspace", summary: "Change the organisation name, URL, logo, methodology and corrections links (admins).", body: ZReportSettings, success: { status: 200, description: "The settings." } },
  { method: "GET", path: "/tags", tag: "workspace", summary: "Tag autocomplete: the workspace's tags matching `q`, most used first.", query: ZTagQuery, success: { status: 200, description: "`{tags: [names]}`" } },
  { method: "GET", path: "/tokens", tag: "tokens", summary: "My API tokens in this workspace (never their secrets).", success: { status: 200, description: "`{tokens: [...]}`" } },
  {
    method: "POST",
    path: "/tokens",
    tag: "tokens",
    summary: "Create a personal API token; `secret` is in this answer only. Needs a browser session, not a token.",
    body: ZCreateToken,
    success: { status: 201, description: "`{token, secret}`" },
  },
  { method: "DELETE", path: "/tokens/{id}", tag: "tokens", summary: "Revoke one of my tokens (admins: any in the workspace). Needs a browser session.", success: { status: 200, description: "`{token}` with `revokedAt`." } },
  { method: "GET", path: "/webhooks", tag: "webhooks", summary: "The workspace's webhooks (admins).", success: { status: 200, description: "`{webhooks: [...]}`" } },
  {
    method: "POST",
    path: "/webhooks",
    tag: "webhooks",
    summary: "Register a URL that receives a signed POST (X-Sanad-Signature: sha256=HMAC(secret, timestamp + '.' + body)) with the ClaimReview when a claim is published or corrected (admins).",
    body: ZCreateWebhook,
    success: { status: 201, description: "The webhook, with its secret." },
  },
  { method: "PATCH", path: "/webhooks/{id}", tag: "webhooks", summary: "Change a webhook's URL or events, enable or disable it, or issue a new secret (admins).", body: ZUpdateWebhook, success: { status: 200, description: "The webhook." } },
  { method: "DELETE", path: "/webhooks/{id}", tag: "webhooks", summary: "Delete a webhook and its delivery log (admins).", success: { status: 200, description: "`{id, deleted: true}`" } },
  { method: "GET", path: "/webhooks/{id}/deliveries", tag: "webhooks", summary: "A webhook's delivery log, newest first (admins).", success: { status: 200, description: "`{deliveries: [...]}`" } },
  {
    method: "POST",
    path: "/webhooks/{id}/deliveries/{deliveryId}/retry",
    tag: "webhooks",
    summary: "Send a pending or failed delivery once more now (admins).",
    success: { status: 200, description: "The delivery." },
    errors: [409],
  },
  { method: "GET", path: "/openapi.json", tag: "meta", summary: "This OpenAPI 3.1 document.", success: { status: 200, description: "The document." }, public: true },
];
