import type { Role } from "@/lib/db/generated/enums";
import type { toRatingJson } from "@/lib/ratings/serialize";

export type TRatingOption = ReturnType<typeof toRatingJson>;
export type TMember = { id: string; name: string; role: Role; handle: string };

export const CLAIMANT_KINDS = ["PERSON", "ORGANIZATION", "PUBLICATION", "SOCIAL_ACCOUNT"] as const;
export const WORTHINESS = ["LOW", "MEDIUM", "HIGH"] as const;
export const SOURCE_TYPES = [
  "OFFICIAL_RECORD",
  "OFFICIAL_STATEMENT",
  "NEWS_REPORT",
  "EXPERT",
  "DATASET",
  "SOCIAL_MEDIA",
  "OTHER",
] as const;
export const STANCES = ["SUPPORTS", "REFUTES", "CONTEXT"] as const;

/** A rating's label in the UI language. */
export const ratingLabel = (rating: { labelAr: string; labelEn: string }, locale: string) =>
  locale === "ar" ? rating.labelAr : rating.labelEn;
