import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { assertCan, type Actor } from "@/lib/permissions/actor";
import { ensureRatingScale } from "./default-scale";
import { scaleBounds, toRatingJson } from "./serialize";

/** The scale in order, retired ratings included, each with the number of claims that use it. */
export async function readRatingScale(db: Prisma.TransactionClient, workspaceId: string) {
  const ratings = await db.rating.findMany({ where: { workspaceId }, orderBy: [{ position: "asc" }, { key: "asc" }] });
  const uses = await db.claim.groupBy({
    by: ["ratingId"],
    where: { workspaceId, ratingId: { in: ratings.map((r) => r.id) } },
    _count: { _all: true },
  });
  const usedBy = new Map(uses.map((u) => [u.ratingId, u._count._all]));
  return { ratings: ratings.map((r) => toRatingJson(r, usedBy.get(r.id) ?? 0)), ...scaleBounds(ratings) };
}

export async function getRatingScale(actor: Actor) {
  assertCan(actor, "readArticles");
  await ensureRatingScale(getDb(), actor.workspaceId);
  return readRatingScale(getDb(), actor.workspaceId);
}
