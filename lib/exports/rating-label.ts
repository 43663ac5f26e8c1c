import type { ReportRating } from "@/lib/reports/types";

/** Reports speak the article's language: Arabic labels for Arabic articles, English otherwise. */
export const isArabic = (language: string) => language.toLowerCase().startsWith("ar");

export const ratingLabel = (rating: ReportRating, language: string) =>
  isArabic(language) ? rating.labelAr : rating.labelEn;
