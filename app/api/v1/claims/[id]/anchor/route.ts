import { apiRoute } from "@/lib/api/handler";
import { reattachClaim } from "@/lib/claims/reattach-claim";
import { ZCreateClaim } from "@/lib/claims/schemas";

// Re-attaches an orphaned claim (or moves one) to a new span or quote of the current revision.
export const PUT = apiRoute(ZCreateClaim, ({ actor, params, body }) => reattachClaim(actor, params.id, body));
