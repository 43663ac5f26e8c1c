import { z } from "zod";
import { apiRoute } from "@/lib/api/handler";
import { createArticle } from "@/lib/articles/create-article";
import { listArticles } from "@/lib/articles/list-articles";
import { ZCreateArticle } from "@/lib/articles/schemas";

const ZQuery = z.string().max(200).optional();

// `?q=` searches titles and texts, folding harakat and letter variants.
export const GET = apiRoute(undefined, async ({ actor, request }) => ({
  articles: await listArticles(actor, ZQuery.parse(new URL(request.url).searchParams.get("q") ?? undefined)),
}));

export const POST = apiRoute(ZCreateArticle, ({ actor, body }) => createArticle(actor, body), 201);
