import { apiRoute } from "@/lib/api/handler";
import { getArticle } from "@/lib/articles/get-article";

export const GET = apiRoute(undefined, ({ actor, params }) => getArticle(actor, params.id));
