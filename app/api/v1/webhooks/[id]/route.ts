import { WEBHOOK_API } from "@/lib/api/endpoints/admin";
import { handle, route } from "@/lib/api/route";
import { deleteWebhook, updateWebhook } from "@/lib/webhooks/manage-webhooks";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  handle(WEBHOOK_API.update, ({ actor, params, body }) => updateWebhook(actor, params.id, body)),
  handle(WEBHOOK_API.delete, ({ actor, params }) => deleteWebhook(actor, params.id)),
);
