import { z } from "zod";
import { ZCount, ZTimestamp } from "@/lib/api/wire";
import { errorText } from "@/lib/i18n/error-text";
import { plainLine, requiredLine } from "@/lib/validation/fields";

const MAX_RATINGS = 30;

const ZRating = z.strictObject({
  key: z
    .string({ error: errorText("ratingKey") })
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: errorText("ratingKey") })
    .max(40, { error: errorText("tooLong", { max: 40 }) }),
  labelAr: requiredLine(60),
  labelEn: requiredLine(60),
  description: plainLine(300).default(""),
  color: z
    .string({ error: errorText("ratingColor") })
    .regex(/^#[0-9a-fA-F]{6}$/, { error: errorText("ratingColor") })
    .transform((c) => c.toLowerCase()),
  value: z
    .number({ error: errorText("ratingValue") })
    .int({ error: errorText("ratingValue") })
    .min(0, { error: errorText("ratingValue") })
    .max(100, { error: errorText("ratingValue") })
    .nullable(),
  retired: z.boolean().default(false),
});

/** The whole scale, in display order: ratings are matched to the stored ones by `key`. */
export const ZRatingScale = z
  .strictObject({
    ratings: z
      .array(ZRating)
      .min(1, { error: errorText("ratingsNoneActive") })
      .max(MAX_RATINGS, { error: errorText("tooMany", { max: MAX_RATINGS }) }),
  })
  .superRefine(({ ratings }, ctx) => {
    const seen = new Set<string>();
    ratings.forEach((rating, i) => {
      if (typeof rating.key !== "string") return; // already refused above
      if (seen.has(rating.key))
        ctx.addIssue({
          code: "custom",
          path: ["ratings", i, "key"],
          message: errorText("ratingKeyRepeated", { key: rating.key }),
        });
      seen.add(rating.key);
    });
    if (ratings.every((r) => r.retired))
      ctx.addIssue({ code: "custom", path: ["ratings"], message: errorText("ratingsNoneActive") });
  });

export type TRatingScale = z.infer<typeof ZRatingScale>;

// Responses

/** A rating as a verdict shows it; `retired`: refused for new verdicts, kept on the claims that have it. */
export const ZRatingRef = z.object({
  key: z.string(),
  labelAr: z.string(),
  labelEn: z.string(),
  value: z.number().int().nullable(),
  color: z.string(),
  retired: z.boolean(),
});

export const ZRatingEntry = ZRatingRef.extend({
  description: z.string(),
  position: z.number().int(),
  retiredAt: ZTimestamp.nullable(),
  usedBy: ZCount,
});

/** The scale in order with ClaimReview's bounds (the range of the active ratings' values). */
export const ZRatingScaleView = z.object({
  ratings: z.array(ZRatingEntry),
  bestRating: z.number().int().nullable(),
  worstRating: z.number().int().nullable(),
});
