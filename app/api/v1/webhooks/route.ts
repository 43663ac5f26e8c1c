import { WEBHOOK_API } from "@/lib/api/endpoints/admin";
import { handle, route } from "@/lib/api/route";
import { createWebhook, listWebhooks } from "@/lib/webhooks/manage-webhooks";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  handle(WEBHOOK_API.list, ({ actor }) => listWebhooks(actor)),
  handle(WEBHOOK_API.create, ({ actor, body }) => createWebhook(actor, body)),
);
