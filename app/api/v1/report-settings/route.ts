import { WORKSPACE_API } from "@/lib/api/endpoints/workspace";
import { handle, route } from "@/lib/api/route";
import { getReportSettings, updateReportSettings } from "@/lib/reports/report-settings";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  handle(WORKSPACE_API.reportSettings, ({ actor }) => getReportSettings(actor)),
  handle(WORKSPACE_API.updateReportSettings, ({ actor, body }) => updateReportSettings(actor, body)),
);
