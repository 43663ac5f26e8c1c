import { apiRoute } from "@/lib/api/handler";
import { getClaimHistory } from "@/lib/audit/get-history";

// Read-only on purpose: the audit trail has no endpoint that edits or deletes it.
export const GET = apiRoute(undefined, ({ actor, params }) => getClaimHistory(actor, params.id));
