import { CLAIM_API } from "@/lib/api/endpoints/claims";
import { handle, route } from "@/lib/api/route";
import { removeSource } from "@/lib/sources/remove-source";
import { updateSource } from "@/lib/sources/update-source";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  handle(CLAIM_API.updateSource, ({ actor, params, body }) => updateSource(actor, params.id, params.sourceId, body)),
  handle(CLAIM_API.removeSource, ({ actor, params, body }) => removeSource(actor, params.id, params.sourceId, body)),
);
