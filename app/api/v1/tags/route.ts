import { WORKSPACE_API } from "@/lib/api/endpoints/workspace";
import { handle, route } from "@/lib/api/route";
import { listTags } from "@/lib/claim-sheet/list-tags";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  handle(WORKSPACE_API.tags, ({ actor, query }) => listTags(actor, query.q)),
);
