import { FINDER_API } from "@/lib/api/endpoints/finder";
import { handle, route } from "@/lib/api/route";
import { getArticleSuggestions } from "@/lib/finder/data/article-suggestions";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  handle(FINDER_API.suggestions, ({ actor, params }) => getArticleSuggestions(actor, params.id)),
);
