import { ARTICLE_API } from "@/lib/api/endpoints/articles";
import { handle, route } from "@/lib/api/route";
import { getArticle } from "@/lib/articles/get-article";
import { updateArticle } from "@/lib/articles/update-article";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  handle(ARTICLE_API.get, ({ actor, params }) => getArticle(actor, params.id)),
  handle(ARTICLE_API.update, ({ actor, params, body }) => updateArticle(actor, params.id, body)),
);
