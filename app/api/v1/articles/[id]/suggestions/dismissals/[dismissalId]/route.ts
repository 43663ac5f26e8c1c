import { FINDER_API } from "@/lib/api/endpoints/finder";
import { handle, route } from "@/lib/api/route";
import { undoDismissal } from "@/lib/finder/data/dismissals";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  handle(FINDER_API.undoDismissal, ({ actor, params }) => undoDismissal(actor, params.id, params.dismissalId)),
);
