import { apiRoute } from "@/lib/api/handler";
import { exportResponse } from "@/lib/exports/formats";
import { ZExportQuery } from "@/lib/exports/schemas";
import { getArticleReport } from "@/lib/reports/get-report";

export const runtime = "nodejs";

export const GET = apiRoute(undefined, async ({ actor, params, request }) => {
  const query = ZExportQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const report = await getArticleReport(actor, params.id, query.claims);
  return exportResponse(report, query.format);
});
