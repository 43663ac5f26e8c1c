import { z } from "zod";
import { ORPHAN_REASONS } from "@/lib/anchoring/orphan-reason";
import { ZTimestamp } from "@/lib/api/wire";
import { errorText } from "@/lib/i18n/error-text";
import { ClaimStatus } from "@/lib/db/generated/enums";

const offset = z
  .number({ error: errorText("offsetInteger") })
  .int({ error: errorText("offsetInteger") })
  .min(0, { error: errorText("offsetInteger") });
const quotePart = (max: number) => z.string().max(max, { error: errorText("tooLong", { max }) });

/** A claim is created from a code-point span, or from a quote the server finds in the text. */
export const ZCreateClaim = z.union(
  [
    z.strictObject({ start: offset, end: offset }),
    z.strictObject({
      exact: quotePart(10_000).min(1, { error: errorText("quoteRequired") }),
      prefix: quotePart(256).optional(),
      suffix: quotePart(256).optional(),
    }),
  ],
  { error: errorText("spanOrQuote") },
);

export type TCreateClaim = z.infer<typeof ZCreateClaim>;

// Responses

/** Where a claim is: a W3C TextQuoteSelector (`exact`, `prefix`, `suffix`) and code-point positions. */
export const ZClaimSelector = z.object({
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});

export const ZClaim = z.object({
  id: z.string(),
  articleId: z.string(),
  status: z.enum(ClaimStatus),
  version: z.number().int().min(1),
  revision: z.number().int().min(1),
  anchored: z.boolean(),
  // Why it lost its words: a key of claims.orphanReasons in messages/*.json, with its numbers.
  orphanReason: z
    .object({
      key: z.enum(ORPHAN_REASONS),
      params: z.object({ score: z.number().int(), needed: z.number().int() }).optional(),
    })
    .nullable(),
  selector: ZClaimSelector,
  createdById: z.string(),
  // Its checker, and when it was first published (a claim published once is retracted, never deleted).
  assigneeId: z.string().nullable(),
  firstPublished: ZTimestamp.nullable(),
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
});

export const ZClaimList = z.object({ claims: z.array(ZClaim) });

export const ZDeletedClaim = z.object({ id: z.string(), deleted: z.literal(true) });
