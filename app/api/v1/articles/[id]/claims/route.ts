import { ARTICLE_API } from "@/lib/api/endpoints/articles";
import { handle, route } from "@/lib/api/route";
import { createClaim } from "@/lib/claims/create-claim";
import { listClaims } from "@/lib/claims/list-claims";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  handle(ARTICLE_API.claims, async ({ actor, params }) => ({ claims: await listClaims(actor, params.id) })),
  handle(ARTICLE_API.createClaim, ({ actor, params, body }) => createClaim(actor, params.id, body)),
);
