import { CLAIM_API } from "@/lib/api/endpoints/claims";
import { handle, route } from "@/lib/api/route";
import { setVerdict } from "@/lib/claim-sheet/set-verdict";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  handle(CLAIM_API.setVerdict, ({ actor, params, body }) => setVerdict(actor, params.id, body)),
);
