import { REVIEW_API } from "@/lib/api/endpoints/review";
import { handle, route } from "@/lib/api/route";
import { listTransitions } from "@/lib/workflow/list-transitions";
import { transitionClaim } from "@/lib/workflow/transition-claim";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  handle(REVIEW_API.transitions, ({ actor, params, locale }) => listTransitions(actor, params.id, locale)),
  handle(REVIEW_API.transition, ({ actor, params, body }) => transitionClaim(actor, params.id, body)),
);
