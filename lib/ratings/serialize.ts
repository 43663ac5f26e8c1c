import type { Rating } from "@/lib/db/generated/client";

/** A rating as a verdict shows it; retired ratings stay readable on the claims that use them. */
export function toRatingRef(rating: Rating) {
  return {
    key: rating.key,
    labelAr: rating.labelAr,
    labelEn: rating.labelEn,
    value: rating.value,
    color: rating.color,
    retired: rating.retiredAt !== null,
  };
}

export function toRatingJson(rating: Rating, usedBy: number) {
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

export type TRatingRef = ReturnType<typeof toRatingRef>;
export type TRatingJson = ReturnType<typeof toRatingJson>;
