import type { z } from "zod";
import type { Rating } from "@/lib/db/generated/client";
import type { ZRatingEntry, ZRatingRef } from "./schemas";

export type TRatingRef = z.infer<typeof ZRatingRef>;
export type TRatingJson = z.infer<typeof ZRatingEntry>;

/** A rating as a verdict shows it; retired ratings stay readable on the claims that use them. */
export function toRatingRef(rating: Rating): TRatingRef {
  return {
    key: rating.key,
    labelAr: rating.labelAr,
    labelEn: rating.labelEn,
    value: rating.value,
    color: rating.color,
    retired: rating.retiredAt !== null,
  };
}

export function toRatingJson(rating: Rating, usedBy: number): TRatingJson {
  return {
    ...toRatingRef(rating),
    description: rating.description,
    position: rating.position,
    retiredAt: rating.retiredAt?.toISOString() ?? null,
    usedBy,
  };
}

/** ClaimReview's bestRating/worstRating: the range of the active ratings that have a value. */
export function scaleBounds(ratings: Rating[]) {
  const values = ratings.flatMap((r) => (r.retiredAt === null && r.value !== null ? [r.value] : []));
  return values.length > 0
    ? { bestRating: Math.max(...values), worstRating: Math.min(...values) }
    : { bestRating: null, worstRating: null };
}
