import { apiRoute } from "@/lib/api/handler";
import { listTags } from "@/lib/claim-sheet/list-tags";
import { ZTagQuery } from "@/lib/claim-sheet/schemas";

export const GET = apiRoute(undefined, ({ actor, request }) =>
  listTags(actor, ZTagQuery.parse(Object.fromEntries(new URL(request.url).searchParams)).q),
);
