import { FINDER_API } from "@/lib/api/endpoints/finder";
import { handle, route } from "@/lib/api/route";
import { getArticleChecks } from "@/lib/finder/data/article-checks";
import { localeOfRequest } from "@/lib/i18n/request-locale";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  handle(FINDER_API.checks, ({ actor, params, request }) =>
    getArticleChecks(actor, params.id, localeOfRequest(request)),
  ),
);
