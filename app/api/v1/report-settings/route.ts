import { apiRoute } from "@/lib/api/handler";
import { getReportSettings, updateReportSettings, ZReportSettings } from "@/lib/reports/report-settings";

export const GET = apiRoute(undefined, ({ actor }) => getReportSettings(actor));

export const PUT = apiRoute(ZReportSettings, ({ actor, body }) => updateReportSettings(actor, body));
