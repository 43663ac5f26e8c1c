import { WEBHOOK_API } from "@/lib/api/endpoints/admin";
import { handle, route } from "@/lib/api/route";
import { listDeliveries } from "@/lib/webhooks/deliveries";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  handle(WEBHOOK_API.deliveries, ({ actor, params }) => listDeliveries(actor, params.id)),
);
