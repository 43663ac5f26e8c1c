import { ARTICLE_API } from "@/lib/api/endpoints/articles";
import { handle, route } from "@/lib/api/route";
import { importAnnotations } from "@/lib/imports/import-annotations";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  handle(ARTICLE_API.import, ({ actor, params, body, locale }) => importAnnotations(actor, params.id, body, locale)),
);
