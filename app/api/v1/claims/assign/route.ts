import { apiRoute } from "@/lib/api/handler";
import { assignClaims } from "@/lib/queue/assign-claims";
import { ZAssignClaims } from "@/lib/queue/schemas";

export const POST = apiRoute(ZAssignClaims, ({ actor, body }) => assignClaims(actor, body));
