import { CLAIM_API } from "@/lib/api/endpoints/claims";
import { handle, route } from "@/lib/api/route";
import { reattachClaim } from "@/lib/claims/reattach-claim";

// Re-attaches an orphaned claim (or moves one) to a new span or quote of the current revision.
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  handle(CLAIM_API.anchor, ({ actor, params, body }) => reattachClaim(actor, params.id, body)),
);
