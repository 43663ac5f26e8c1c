import { z } from "zod";
import { ZJsonValue, ZPersonRef, ZTimestamp } from "@/lib/api/wire";
import { ClaimStatus } from "@/lib/db/generated/enums";
import { plainText, ZVersion } from "@/lib/claim-sheet/fields";
import { errorText } from "@/lib/i18n/error-text";
import { TRANSITIONS } from "./rules";

/** `comment`: the request for changes (required there), the correction note when republishing, else optional. */
export const ZTransition = z.strictObject({
  action: z.enum(TRANSITIONS, { error: errorText("transitionAction") }),
  comment: plainText(5_000)
    .optional()
    .transform((value) => value || undefined),
  version: ZVersion.optional(),
});

export type TTransitionInput = z.infer<typeof ZTransition>;

// Responses

/** What the caller may do with the claim now; a refused step says why (`code`, `reason`, `fields`). */
export const ZTransitionOptions = z.object({
  status: z.enum(ClaimStatus),
  version: z.number().int().min(1),
  // What submitting still needs, by field (statement, verdict, conclusion, sources).
  missing: z.record(z.string(), z.string()),
  commentRequired: z.object({ request_changes: z.boolean(), publish: z.boolean(), retract: z.boolean() }),
  actions: z.array(
    z.object({
      action: z.enum(TRANSITIONS),
      allowed: z.boolean(),
      code: z.enum(["forbidden", "conflict", "validation_failed"]).optional(),
      reason: z.string().optional(),
      fields: z.record(z.string(), z.string()).optional(),
    }),
  ),
});

export type TTransitionOptions = z.infer<typeof ZTransitionOptions>;

export const ZPublications = z.object({
  publications: z.array(
    z.object({
      number: z.number().int().min(1),
      version: z.number().int().min(1),
      publishedAt: ZTimestamp,
      publishedBy: ZPersonRef,
      correctionNote: z.string().nullable(),
      // The sheet frozen as published, in the shape GET /claims/{id} had then (older rows may lack newer fields).
      sheet: ZJsonValue,
    }),
  ),
});
