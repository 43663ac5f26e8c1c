import { apiRoute } from "@/lib/api/handler";
import { createArticle } from "@/lib/articles/create-article";
import { listArticles } from "@/lib/articles/list-articles";
import { ZCreateArticle } from "@/lib/articles/schemas";

export const GET = apiRoute(undefined, async ({ actor }) => ({ articles: await listArticles(actor) }));

export const POST = apiRoute(ZCreateArticle, ({ actor, body }) => createArticle(actor, body), 201);
