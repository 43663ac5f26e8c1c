import { z } from "zod";
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
