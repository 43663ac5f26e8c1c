import type { TOrphanReason } from "@/lib/anchoring/orphan-reason";
import { ORPHAN_REASONS } from "@/lib/anchoring/orphan-reason";
import { Prisma } from "@/lib/db/generated/browser";

/** The claim's columns for a reason it lost its words (null: it has them). */
export function orphanColumns(reason: TOrphanReason | null) {
  return { orphanReason: reason?.key ?? null, orphanParams: reason?.params ?? Prisma.DbNull };
}

/** The stored reason as the API sends it; rows the migration converted, or written by orphanColumns. */
export function orphanReasonOf(claim: { orphanReason: string | null; orphanParams: unknown }): TOrphanReason | null {
  const key = ORPHAN_REASONS.find((k) => k === claim.orphanReason);
  if (!key) return claim.orphanReason === null ? null : { key: "gone" };
  const params = claim.orphanParams as TOrphanReason["params"] | null;
  return params ? { key, params } : { key };
}
