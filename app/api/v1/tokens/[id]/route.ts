import { apiRoute } from "@/lib/api/handler";
import { revokeToken } from "@/lib/tokens/manage-tokens";

export const DELETE = apiRoute(undefined, ({ actor, params }) => revokeToken(actor, params.id));
