import { ARTICLE_API } from "@/lib/api/endpoints/articles";
import { handle, route } from "@/lib/api/route";
import { createArticle } from "@/lib/articles/create-article";
import { listArticles } from "@/lib/articles/list-articles";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  handle(ARTICLE_API.list, async ({ actor, query }) => ({ articles: await listArticles(actor, query.q) })),
  handle(ARTICLE_API.create, ({ actor, body }) => createArticle(actor, body)),
);
