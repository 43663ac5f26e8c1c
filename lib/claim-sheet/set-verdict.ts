import { Prisma } from "@/lib/db/generated/browser";
import { errorText } from "@/lib/i18n/error-text";
import type { Actor } from "@/lib/permissions/actor";
import { ensureRatingScale } from "@/lib/ratings/default-scale";
import { refuseField } from "./fields";
import type { TSetVerdict } from "./schemas";
import { writeClaimSheet } from "./write-claim-sheet";

/**
 * Sets the verdict: a rating from the workspace scale, a one-sentence conclusion and the rationale.
 * A retired rating is refused for a new verdict but a claim that already has it may keep it.
 */
export async function setVerdict(
  actor: Actor,
  claimId: string,
  { version, ratingKey, conclusion, rationale }: TSetVerdict,
) {
  return writeClaimSheet(actor, claimId, version, ["verdict"], async (tx, claim) => {
    let ratingId: string | null = null;
    if (ratingKey !== null) {
      await ensureRatingScale(tx, actor.workspaceId);
      const rating = await tx.rating.findUnique({
        where: { workspaceId_key: { workspaceId: actor.workspaceId, key: ratingKey } },
      });
      if (!rating) refuseField("ratingKey", errorText("ratingUnknown", { key: ratingKey }));
      if (rating.retiredAt && rating.id !== claim.ratingId)
        refuseField("ratingKey", errorText("ratingRetired", { key: ratingKey }));
      ratingId = rating.id;
    }
    await tx.claim.update({
      where: { id: claim.id },
      data: {
        ratingId,
        conclusion: conclusion ?? null,
        rationale: rationale ? (rationale as Prisma.InputJsonValue) : Prisma.DbNull,
      },
    });
  });
}
