import { apiRoute } from "@/lib/api/handler";
import { createClaim } from "@/lib/claims/create-claim";
import { listClaims } from "@/lib/claims/list-claims";
import { ZCreateClaim } from "@/lib/claims/schemas";

export const GET = apiRoute(undefined, async ({ actor, params }) => ({ claims: await listClaims(actor, params.id) }));

export const POST = apiRoute(ZCreateClaim, ({ actor, params, body }) => createClaim(actor, params.id, body), 201);
