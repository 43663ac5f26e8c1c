import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/error-text";
import { assertCan, type Actor } from "@/lib/permissions/actor";
import { readRatingScale } from "./get-rating-scale";
import type { TRatingScale } from "./schemas";

/**
 * Replaces the scale with the given ordered list: new keys are added, known keys edited and moved.
 * A rating that any claim uses (deleted claims too: they keep their verdict for the record) cannot
 * leave the list; it can be retired, which refuses it for new verdicts but keeps it on old ones.
 */
export async function replaceRatingScale(actor: Actor, input: TRatingScale) {
  assertCan(actor, "manageRatingScale");
  const workspaceId = actor.workspaceId;
  return getDb().$transaction(async (tx) => {
    await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`rating-scale:${workspaceId}`}))`;
    const current = await tx.rating.findMany({ where: { workspaceId } });
    const kept = new Set(input.ratings.map((r) => r.key));
    const removed = current.filter((r) => !kept.has(r.key));
    const uses = await tx.claim.groupBy({
      by: ["ratingId"],
      where: { workspaceId, ratingId: { in: removed.map((r) => r.id) } },
      _count: { _all: true },
    });
    if (uses.length > 0) {
      const list = uses
        .map((u) => `${removed.find((r) => r.id === u.ratingId)?.key} (${u._count._all})`)
        .sort()
        .join(", ");
      throw new AppError("validation_failed", errorText("fieldsNeedFixing"), {
        ratings: errorText("ratingsInUse", { list }),
      });
    }
    await tx.rating.deleteMany({ where: { workspaceId, id: { in: removed.map((r) => r.id) } } });
    const now = new Date();
    for (const [position, { retired, ...rating }] of input.ratings.entries()) {
      const existing = current.find((r) => r.key === rating.key);
      const retiredAt = retired ? (existing?.retiredAt ?? now) : null;
      await tx.rating.upsert({
        where: { workspaceId_key: { workspaceId, key: rating.key } },
        create: { ...rating, workspaceId, position, retiredAt },
        update: { ...rating, position, retiredAt },
      });
    }
    return readRatingScale(tx, workspaceId);
  });
}
