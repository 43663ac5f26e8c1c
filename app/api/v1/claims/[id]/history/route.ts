import { REVIEW_API } from "@/lib/api/endpoints/review";
import { handle, route } from "@/lib/api/route";
import { getClaimHistory } from "@/lib/audit/get-history";

// Read-only on purpose: the audit trail has no endpoint that edits or deletes it.
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  handle(REVIEW_API.history, ({ actor, params }) => getClaimHistory(actor, params.id)),
);
