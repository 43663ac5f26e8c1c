import { z } from "zod";
import { ZDay, ZMemberRef, ZPersonRef, ZTimestamp } from "@/lib/api/wire";
import { ZClaim } from "@/lib/claims/schemas";
import { ZRatingRef } from "@/lib/ratings/schemas";
import { ZRichTextNode } from "@/lib/rich-text/node-schema";
import { ZSource } from "@/lib/sources/schemas";
import { CheckWorthiness, ClaimantKind } from "@/lib/db/generated/enums";
import { errorText } from "@/lib/i18n/error-text";
import { ZRichText } from "@/lib/rich-text/validate";
import { sourceUrlKey } from "@/lib/sources/source-url-key";
import { optional, pastDate, plainLine, requiredLine } from "@/lib/validation/fields";
import { changesSomething, clearable, webUrl, ZVersion } from "./fields";
import { tagKey } from "./tags";

const LIMITS = { appearances: 20, tags: 20 };

const ZClaimant = z.strictObject({
  name: requiredLine(200),
  kind: z.enum(ClaimantKind, { error: errorText("claimantKind") }),
  role: optional(plainLine(200)),
});

const ZAppearances = z
  .array(webUrl())
  .max(LIMITS.appearances, { error: errorText("tooMany", { max: LIMITS.appearances }) })
  .superRefine((urls, ctx) => {
    // Zod runs this even when some URLs were refused above; those are compared as typed.
    const keys = urls.map((url) => (URL.canParse(url) ? sourceUrlKey(url) : url));
    keys.forEach((key, i) => {
      const first = keys.indexOf(key);
      if (first < i)
        ctx.addIssue({ code: "custom", path: [i], message: errorText("appearanceDuplicate", { n: first + 1 }) });
    });
  });

const ZTag = requiredLine(60).refine((name) => tagKey(name).length > 0, { error: errorText("required") });

/** Any subset of the sheet's own fields, with the version it was edited on. null clears a field. */
export const ZUpdateClaimSheet = z
  .strictObject({
    version: ZVersion,
    // null or "" goes back to the quoted words.
    statement: clearable(requiredLine(500)),
    claimant: ZClaimant.nullable().optional(),
    claimDate: clearable(pastDate()),
    appearances: ZAppearances.optional(),
    tags: z
      .array(ZTag)
      .max(LIMITS.tags, { error: errorText("tooMany", { max: LIMITS.tags }) })
      .optional(),
    checkWorthiness: z
      .enum(CheckWorthiness, { error: errorText("checkWorthiness") })
      .nullable()
      .optional(),
    assigneeId: z.string().max(100).nullable().optional(),
    // The reviewer: an editor or admin (null: any editor or admin may review).
    reviewerId: z.string().max(100).nullable().optional(),
  })
  .refine(changesSomething, { error: errorText("nothingToChange") });

export type TUpdateClaimSheet = z.infer<typeof ZUpdateClaimSheet>;

/** The whole verdict: what is left out is cleared (ratingKey null: no rating yet). */
export const ZSetVerdict = z.strictObject({
  version: ZVersion,
  ratingKey: z
    .string({ error: errorText("ratingRequired") })
    .max(40, { error: errorText("tooLong", { max: 40 }) })
    .nullable(),
  conclusion: clearable(plainLine(500)),
  rationale: ZRichText.optional(),
});

export type TSetVerdict = z.infer<typeof ZSetVerdict>;

/** `?q=` for tag autocomplete; an empty query lists the most used tags. */
export const ZTagQuery = z.object({ q: z.string().default("") });

// Responses

const ZAppearance = z.object({ url: z.string(), fromArticle: z.boolean() });

/** Where the claim is in review; `correcting`: published before, and a newer version is under way. */
const ZWorkflowState = z.object({
  reviewStartedAt: ZTimestamp.nullable(),
  submittedAt: ZTimestamp.nullable(),
  submittedById: z.string().nullable(),
  approvedAt: ZTimestamp.nullable(),
  approvedById: z.string().nullable(),
  approvedBy: ZPersonRef.nullable(),
  // The reviewer's note while the claim waits for those changes; the retraction once retracted.
  changesRequested: z.object({ note: z.string(), by: ZPersonRef.nullable(), at: ZTimestamp }).nullable(),
  retracted: z.object({ at: ZTimestamp, by: ZPersonRef.nullable(), note: z.string() }).nullable(),
  published: z
    .object({ number: z.number().int().min(1), version: z.number().int().min(1), publishedAt: ZTimestamp })
    .nullable(),
  correcting: z.boolean(),
});

/** The claim sheet: the claim as listed plus the checker's fields, people, sources, verdict and workflow. */
export const ZClaimSheet = ZClaim.extend({
  statement: z.string(),
  statementHint: z.boolean(),
  claimant: z.object({ name: z.string(), kind: z.enum(ClaimantKind), role: z.string().nullable() }).nullable(),
  claimDate: ZDay.nullable(),
  appearances: z.array(ZAppearance),
  tags: z.array(z.string()),
  checkWorthiness: z.enum(CheckWorthiness).nullable(),
  assignee: ZMemberRef.nullable(),
  reviewer: ZMemberRef.nullable(),
  workflow: ZWorkflowState,
  sources: z.array(ZSource),
  verdict: z.object({
    rating: ZRatingRef.nullable(),
    conclusion: z.string().nullable(),
    rationale: ZRichTextNode.nullable(),
  }),
}).meta({ id: "ClaimSheet" });

export const ZTagList = z.object({ tags: z.array(z.string()) });
