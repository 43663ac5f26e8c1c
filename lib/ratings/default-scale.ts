import type { Prisma } from "@/lib/db/generated/client";

type Db = Prisma.TransactionClient;

/**
 * The scale every workspace starts with (admins may edit it). `value` is ClaimReview's ratingValue:
 * 5 true · 4 mostly true · 3 missing context · 2 misleading · 1 false. bestRating and worstRating
 * are the highest and lowest value among the active (not retired) ratings, so 5 and 1 here.
 * "Unverifiable" has no value (null): it is not a point between false and true, and a ClaimReview
 * for it carries the label (alternateName) alone rather than pretending it is worse than false.
 */
export const DEFAULT_RATINGS = [
  {
    key: "true",
    labelAr: "صحيح",
    labelEn: "True",
    value: 5,
    color: "#1a7f37",
    description: "الادعاء دقيق ولا ينقصه شيء مهم.",
  },
  {
    key: "mostly-true",
    labelAr: "صحيح في معظمه",
    labelEn: "Mostly true",
    value: 4,
    color: "#4d9e3a",
    description: "الادعاء دقيق لكنه يحتاج إلى توضيح أو معلومة إضافية.",
  },
  {
    key: "missing-context",
    labelAr: "ينقصه سياق",
    labelEn: "Missing context",
    value: 3,
    color: "#bf8700",
    description: "الادعاء قد يضلل من دون سياق إضافي.",
  },
  {
    key: "misleading",
    labelAr: "مضلل",
    labelEn: "Misleading",
    value: 2,
    color: "#d1570e",
    description: "فيه عناصر صحيحة لكنه يعطي انطباعًا خاطئًا.",
  },
  { key: "false", labelAr: "زائف", labelEn: "False", value: 1, color: "#cf222e", description: "الادعاء غير صحيح." },
  {
    key: "unverifiable",
    labelAr: "لا يمكن التحقق",
    labelEn: "Unverifiable",
    value: null,
    color: "#6e7781",
    description: "لا تتوفر أدلة كافية لإثبات الادعاء أو نفيه.",
  },
] as const;

/** Seeds the default scale for a workspace that has no ratings at all; does nothing otherwise. */
export async function ensureRatingScale(db: Db, workspaceId: string): Promise<void> {
  if ((await db.rating.count({ where: { workspaceId } })) > 0) return;
  await db.rating.createMany({
    data: DEFAULT_RATINGS.map((rating, position) => ({ ...rating, workspaceId, position })),
    skipDuplicates: true,
  });
}
