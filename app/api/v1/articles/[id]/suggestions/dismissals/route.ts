import { FINDER_API } from "@/lib/api/endpoints/finder";
import { handle, route } from "@/lib/api/route";
import { dismissSuggestion } from "@/lib/finder/data/dismissals";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  handle(FINDER_API.dismiss, ({ actor, params, body }) => dismissSuggestion(actor, params.id, body)),
);
