import { z } from "zod";
import { ZJsonValue, ZPersonRef, ZTimestamp } from "@/lib/api/wire";

/** Sources added, removed and edited (by title), and whether their order changed. */
const ZSourcesSummary = z.object({
  added: z.array(z.string()),
  removed: z.array(z.string()),
  edited: z.array(z.string()),
  reordered: z.boolean(),
});

// `before`/`after` are the field's stored values, whatever the field holds (people come as {id, name}).
const ZFieldChange = z.object({
  field: z.string(),
  before: ZJsonValue,
  after: ZJsonValue,
  summary: ZSourcesSummary.optional(),
});

export const ZClaimHistory = z.object({
  entries: z.array(
    z.object({
      id: z.string(),
      at: ZTimestamp,
      action: z.string(),
      actor: ZPersonRef.nullable(),
      changes: z.array(ZFieldChange),
    }),
  ),
  // The workspace's ratings by key, so a verdict's change reads by label (lib/audit/history-sentences.ts).
  ratings: z.record(z.string(), z.object({ labelAr: z.string(), labelEn: z.string() })),
});

export type TClaimHistory = z.infer<typeof ZClaimHistory>;
