import { CLAIM_API } from "@/lib/api/endpoints/claims";
import { handle, route } from "@/lib/api/route";
import { reorderSources } from "@/lib/sources/reorder-sources";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  handle(CLAIM_API.reorderSources, ({ actor, params, body }) => reorderSources(actor, params.id, body)),
);
