import type { TCheckedClaim } from "@/lib/testing/published-claim";

export const TEXT =
  "نجا رئيس الوزراء العراقي مصطفى الكاظمي من محاولة اغتيال بطائرة مسيّرة مفخّخة استهدفت مقر إقامته في بغداد.\n\nوقال مصدر إن سبعة من أفراد الحماية أصيبوا بجروح طفيفة.";

export const CHECK: TCheckedClaim = {
  exact: "طائرة مسيّرة مفخّخة",
  statement: "الكاظمي نجا من هجوم بطائرة مسيّرة مفخّخة",
  claimant: { name: "قيادة العمليات المشتركة", kind: "ORGANIZATION", role: "جهة رسمية" },
  claimDate: "2021-11-07",
  ratingKey: "true",
  conclusion: "الهجوم وقع فعلاً بحسب بيانات رسمية متطابقة.",
  rationale: "أكدت خلية الإعلام الأمني الخبر [1].",
  sources: [{ url: "https://example.gov.iq/statement", title: "بيان خلية الإعلام الأمني" }],
};
