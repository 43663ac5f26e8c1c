import { apiRoute } from "@/lib/api/handler";
import { getClaimSheet } from "@/lib/claim-sheet/get-claim-sheet";
import { ZUpdateClaimSheet } from "@/lib/claim-sheet/schemas";
import { updateClaimSheet } from "@/lib/claim-sheet/update-claim-sheet";
import { deleteClaim } from "@/lib/claims/delete-claim";

export const GET = apiRoute(undefined, ({ actor, params }) => getClaimSheet(actor, params.id));

export const PATCH = apiRoute(ZUpdateClaimSheet, ({ actor, params, body }) => updateClaimSheet(actor, params.id, body));

export const DELETE = apiRoute(undefined, ({ actor, params }) => deleteClaim(actor, params.id));
