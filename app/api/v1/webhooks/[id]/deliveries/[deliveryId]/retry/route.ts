import { apiRoute } from "@/lib/api/handler";
import { retryDelivery } from "@/lib/webhooks/deliveries";

export const POST = apiRoute(undefined, ({ actor, params }) => retryDelivery(actor, params.id, params.deliveryId));
