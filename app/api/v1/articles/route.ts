import { apiRoute } from "@/lib/api/handler";
import { createArticle } from "@/lib/articles/create-article";
import { listArticles } from "@/lib/articles/list-articles";
import { ZArticleQuery, ZCreateArticle } from "@/lib/articles/schemas";

export const GET = apiRoute(undefined, async ({ actor, request }) => ({
  articles: await listArticles(actor, ZArticleQuery.parse(Object.fromEntries(new URL(request.url).searchParams)).q),
}));

export const POST = apiRoute(ZCreateArticle, ({ actor, body }) => createArticle(actor, body), 201);
