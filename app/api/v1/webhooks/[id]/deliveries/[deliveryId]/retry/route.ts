import { WEBHOOK_API } from "@/lib/api/endpoints/admin";
import { handle, route } from "@/lib/api/route";
import { retryDelivery } from "@/lib/webhooks/deliveries";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  handle(WEBHOOK_API.retry, ({ actor, params }) => retryDelivery(actor, params.id, params.deliveryId)),
);
