import { z } from "zod";
import { getDb } from "@/lib/db/client";
import type { Workspace } from "@/lib/db/generated/client";
import { assertCan, type Actor } from "@/lib/permissions/actor";
import { httpUrl, plainLine } from "@/lib/validation/fields";

// How published reports present the newsroom (IFCN asks for the publisher, its methodology and its
// corrections policy). null clears a field; the organisation name then falls back to the workspace's.

const clearable = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" ? null : v), schema.nullable().optional());

export const ZReportSettings = z.strictObject({
  orgName: clearable(plainLine(200).refine((v) => v.length > 0)),
  orgUrl: clearable(httpUrl()),
  logoUrl: clearable(httpUrl()),
  methodologyUrl: clearable(httpUrl()),
  correctionsPolicyUrl: clearable(httpUrl()),
});

export type TReportSettings = z.infer<typeof ZReportSettings>;

const toSettingsJson = (w: Workspace) => ({
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
