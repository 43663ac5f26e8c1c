import { useLocale } from "next-intl";
import type { TRatingRef } from "@/lib/ratings/serialize";

type Props = {
  rating: Pick<TRatingRef, "labelAr" | "labelEn" | "color"> & { retired?: boolean };
  retiredLabel?: string;
};

/**
 * A rating as readers see it: its colour and its label in the UI language (the other language as a
 * tooltip). Works in server and client components. Pass `retiredLabel` to mark a retired rating.
 */
export function RatingBadge({ rating, retiredLabel }: Props) {
  const arabic = useLocale() === "ar";
  const [label, other] = arabic ? [rating.labelAr, rating.labelEn] : [rating.labelEn, rating.labelAr];
  return (
    <span
      className="rating-badge"
      style={{ "--rating": rating.color } as React.CSSProperties}
      title={other}
      data-retired={rating.retired || undefined}
    >
      <span className="rating-swatch" aria-hidden="true" />
      <bdi dir="auto">{label}</bdi>
      {rating.retired && retiredLabel && <span className="rating-retired">{retiredLabel}</span>}
    </span>
  );
}
