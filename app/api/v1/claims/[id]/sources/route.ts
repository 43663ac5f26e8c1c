import { CLAIM_API } from "@/lib/api/endpoints/claims";
import { handle, route } from "@/lib/api/route";
import { addSource } from "@/lib/sources/add-source";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  handle(CLAIM_API.addSource, ({ actor, params, body }) => addSource(actor, params.id, body)),
);
