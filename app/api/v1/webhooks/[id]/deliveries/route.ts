import { apiRoute } from "@/lib/api/handler";
import { listDeliveries } from "@/lib/webhooks/deliveries";

export const GET = apiRoute(undefined, ({ actor, params }) => listDeliveries(actor, params.id));
