import { ARTICLE_API } from "@/lib/api/endpoints/articles";
import { handle, route } from "@/lib/api/route";
import { exportResponse } from "@/lib/exports/formats";
import { getArticleReport } from "@/lib/reports/get-report";

export const runtime = "nodejs";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  handle(ARTICLE_API.export, async ({ actor, params, query }) =>
    exportResponse(await getArticleReport(actor, params.id, query.claims), query.format),
  ),
);
