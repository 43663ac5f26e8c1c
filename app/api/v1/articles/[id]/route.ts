import { apiRoute } from "@/lib/api/handler";
import { getArticle } from "@/lib/articles/get-article";
import { ZUpdateArticle } from "@/lib/articles/schemas";
import { updateArticle } from "@/lib/articles/update-article";

export const GET = apiRoute(undefined, ({ actor, params }) => getArticle(actor, params.id));

export const PATCH = apiRoute(ZUpdateArticle, ({ actor, params, body }) => updateArticle(actor, params.id, body));
