import { useTranslations } from "next-intl";
import type { TRatingJson } from "@/lib/ratings/serialize";
import { RatingBadge } from "./rating-badge";

/** The scale for members who may not change it: what each rating means, in order. */
export function RatingScaleTable({ ratings }: { ratings: TRatingJson[] }) {
  const t = useTranslations("ratingScale");
  return (
    <table className="rating-table" data-testid="rating-table">
      <thead>
        <tr>
          <th scope="col">{t("columns.rating")}</th>
          <th scope="col">{t("columns.description")}</th>
          <th scope="col">{t("columns.value")}</th>
          <th scope="col">{t("columns.usage")}</th>
        </tr>
      </thead>
      <tbody>
        {ratings.map((rating) => (
          <tr key={rating.key} data-key={rating.key}>
            <td>
              <RatingBadge rating={rating} retiredLabel={t("retired")} />
            </td>
            <td dir="auto">{rating.description}</td>
            <td>{rating.value ?? t("noValue")}</td>
            <td>{t("usedBy", { count: rating.usedBy })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
