import { ZCreatedToken, ZCreateToken, ZRevokedToken, ZTokenList } from "@/lib/tokens/schemas";
import {
  ZCreateWebhook,
  ZDeletedWebhook,
  ZDelivery,
  ZDeliveryList,
  ZUpdateWebhook,
  ZWebhook,
  ZWebhookList,
} from "@/lib/webhooks/schemas";
import { defineEndpoint } from "../endpoint";

export const TOKEN_API = {
  list: defineEndpoint({
    method: "GET",
    path: "/tokens",
    tag: "tokens",
    ability: "readArticles",
    summary: {
      en: "My API tokens in this workspace (never their secrets).",
      ar: "رموز الواجهة البرمجية الخاصة بي في مساحة العمل هذه (دون أسرارها).",
    },
    response: ZTokenList,
  }),
  create: defineEndpoint({
    method: "POST",
    path: "/tokens",
    tag: "tokens",
    ability: "readArticles",
    summary: {
      en: "Create a personal API token; `secret` is in this answer only. Needs a browser session, not a token.",
      ar: "إنشاء رمز شخصي؛ يظهر `secret` في هذا الرد فقط. يتطلب جلسة متصفح لا رمزًا.",
    },
    body: ZCreateToken,
    response: ZCreatedToken,
    status: 201,
  }),
  revoke: defineEndpoint({
    method: "DELETE",
    path: "/tokens/{id}",
    tag: "tokens",
    ability: "readArticles",
    summary: {
      en: "Revoke one of my tokens (admins: any in the workspace). Needs a browser session.",
      ar: "إلغاء أحد رموزي (المديرون: أي رمز في مساحة العمل). يتطلب جلسة متصفح.",
    },
    response: ZRevokedToken,
  }),
};

export const WEBHOOK_API = {
  list: defineEndpoint({
    method: "GET",
    path: "/webhooks",
    tag: "webhooks",
    ability: "manageWebhooks",
    summary: { en: "The workspace's webhooks.", ar: "خطافات الويب في مساحة العمل." },
    response: ZWebhookList,
  }),
  create: defineEndpoint({
    method: "POST",
    path: "/webhooks",
    tag: "webhooks",
    ability: "manageWebhooks",
    summary: {
      en: "Register a URL that receives a signed POST (X-Sanad-Signature: sha256=HMAC(secret, timestamp + '.' + body)) with the ClaimReview when a claim is published or corrected.",
      ar: "تسجيل رابط يتلقى طلب POST موقّعًا (X-Sanad-Signature) يحمل ClaimReview عند نشر ادعاء أو تصحيحه.",
    },
    body: ZCreateWebhook,
    response: ZWebhook,
    status: 201,
  }),
  update: defineEndpoint({
    method: "PATCH",
    path: "/webhooks/{id}",
    tag: "webhooks",
    ability: "manageWebhooks",
    summary: {
      en: "Change a webhook's URL or events, enable or disable it, or issue a new secret.",
      ar: "تغيير رابط الخطاف أو أحداثه، أو تفعيله أو تعطيله، أو إصدار سرّ جديد.",
    },
    body: ZUpdateWebhook,
    response: ZWebhook,
  }),
  delete: defineEndpoint({
    method: "DELETE",
    path: "/webhooks/{id}",
    tag: "webhooks",
    ability: "manageWebhooks",
    summary: { en: "Delete a webhook and its delivery log.", ar: "حذف خطاف ويب وسجل إرسالاته." },
    response: ZDeletedWebhook,
  }),
  deliveries: defineEndpoint({
    method: "GET",
    path: "/webhooks/{id}/deliveries",
    tag: "webhooks",
    ability: "manageWebhooks",
    summary: {
      en: "A webhook's delivery log, newest first (the last 100).",
      ar: "سجل إرسالات الخطاف، الأحدث أولًا (آخر 100).",
    },
    response: ZDeliveryList,
  }),
  retry: defineEndpoint({
    method: "POST",
    path: "/webhooks/{id}/deliveries/{deliveryId}/retry",
    tag: "webhooks",
    ability: "manageWebhooks",
    summary: {
      en: "Send a pending or failed delivery once more now.",
      ar: "إعادة إرسال إرسالية معلّقة أو فاشلة الآن.",
    },
    response: ZDelivery,
    errors: [409],
  }),
};
