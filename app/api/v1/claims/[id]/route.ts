import { apiRoute } from "@/lib/api/handler";
import { deleteClaim } from "@/lib/claims/delete-claim";

export const DELETE = apiRoute(undefined, ({ actor, params }) => deleteClaim(actor, params.id));
