import { apiRoute } from "@/lib/api/handler";
import { createWebhook, listWebhooks } from "@/lib/webhooks/manage-webhooks";
import { ZCreateWebhook } from "@/lib/webhooks/schemas";

export const GET = apiRoute(undefined, ({ actor }) => listWebhooks(actor));

export const POST = apiRoute(ZCreateWebhook, ({ actor, body }) => createWebhook(actor, body), 201);
