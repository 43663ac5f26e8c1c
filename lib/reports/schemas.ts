import { z } from "zod";
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

/** The settings as read: `orgName` falls back to the workspace's name. */
export const ZReportSettingsView = z.object({
  orgName: z.string(),
  orgUrl: z.string().nullable(),
  logoUrl: z.string().nullable(),
  methodologyUrl: z.string().nullable(),
  correctionsPolicyUrl: z.string().nullable(),
});

export type TReportSettingsView = z.infer<typeof ZReportSettingsView>;
