import { getDb } from "@/lib/db/client";
import type { Workspace } from "@/lib/db/generated/client";
import { assertCan, type Actor } from "@/lib/permissions/actor";
import type { TReportSettings, TReportSettingsView } from "./schemas";

const toSettingsJson = (w: Workspace): TReportSettingsView => ({
  orgName: w.reportOrgName ?? w.name,
  orgUrl: w.reportOrgUrl,
  logoUrl: w.reportLogoUrl,
  methodologyUrl: w.methodologyUrl,
  correctionsPolicyUrl: w.correctionsPolicyUrl,
});

export async function getReportSettings(actor: Actor) {
  assertCan(actor, "readArticles");
  return toSettingsJson(await getDb().workspace.findUniqueOrThrow({ where: { id: actor.workspaceId } }));
}

/** ADMINs only; fields left out stay as they are. */
export async function updateReportSettings(actor: Actor, input: TReportSettings) {
  assertCan(actor, "manageReportSettings");
  const workspace = await getDb().workspace.update({
    where: { id: actor.workspaceId },
    data: {
      reportOrgName: input.orgName,
      reportOrgUrl: input.orgUrl,
      reportLogoUrl: input.logoUrl,
      methodologyUrl: input.methodologyUrl,
      correctionsPolicyUrl: input.correctionsPolicyUrl,
    },
  });
  return toSettingsJson(workspace);
}
