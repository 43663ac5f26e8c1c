import { apiRoute } from "@/lib/api/handler";
import { deleteWebhook, updateWebhook } from "@/lib/webhooks/manage-webhooks";
import { ZUpdateWebhook } from "@/lib/webhooks/schemas";

export const PATCH = apiRoute(ZUpdateWebhook, ({ actor, params, body }) => updateWebhook(actor, params.id, body));

export const DELETE = apiRoute(undefined, ({ actor, params }) => deleteWebhook(actor, params.id));
