import { apiRoute } from "@/lib/api/handler";
import { listTransitions } from "@/lib/workflow/list-transitions";
import { ZTransition } from "@/lib/workflow/schemas";
import { transitionClaim } from "@/lib/workflow/transition-claim";

export const GET = apiRoute(undefined, ({ actor, params }) => listTransitions(actor, params.id));

export const POST = apiRoute(ZTransition, ({ actor, params, body }) => transitionClaim(actor, params.id, body));
