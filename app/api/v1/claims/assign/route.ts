import { CLAIM_API } from "@/lib/api/endpoints/claims";
import { handle, route } from "@/lib/api/route";
import { assignClaims } from "@/lib/queue/assign-claims";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  handle(CLAIM_API.assign, ({ actor, body }) => assignClaims(actor, body)),
);
