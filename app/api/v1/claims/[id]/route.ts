import { CLAIM_API } from "@/lib/api/endpoints/claims";
import { handle, route } from "@/lib/api/route";
import { getClaimSheet } from "@/lib/claim-sheet/get-claim-sheet";
import { updateClaimSheet } from "@/lib/claim-sheet/update-claim-sheet";
import { deleteClaim } from "@/lib/claims/delete-claim";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  handle(CLAIM_API.get, ({ actor, params }) => getClaimSheet(actor, params.id)),
  handle(CLAIM_API.update, ({ actor, params, body }) => updateClaimSheet(actor, params.id, body)),
  handle(CLAIM_API.delete, ({ actor, params }) => deleteClaim(actor, params.id)),
);
