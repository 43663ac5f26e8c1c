import type { ReportRating, ReportScale } from "@/lib/reports/types";
import type { ReportText } from "./labels";

/** Where a verdict sits on the workspace's scale, in words ("2 on a scale from 1 to 5"). */
export function scalePlace(rating: ReportRating, scale: ReportScale, t: ReportText): string {
  if (rating.value === null || scale.bestRating === null || scale.worstRating === null) return t("offScale");
  return t("scalePlace", { value: rating.value, worst: scale.worstRating, best: scale.bestRating });
}
