import { apiRoute } from "@/lib/api/handler";
import { listTags } from "@/lib/claim-sheet/list-tags";

export const GET = apiRoute(undefined, ({ actor, request }) => listTags(actor, new URL(request.url).searchParams.get("q") ?? ""));
