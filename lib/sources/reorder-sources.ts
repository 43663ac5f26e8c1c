import { refuseField } from "@/lib/claim-sheet/fields";
import { writeClaimSheet } from "@/lib/claim-sheet/write-claim-sheet";
import { errorText } from "@/lib/i18n/error-text";
import type { Actor } from "@/lib/permissions/actor";
import type { TReorderSources } from "./schemas";

/** Puts the claim's sources in the given order; `ids` must name every source exactly once. */
export async function reorderSources(actor: Actor, claimId: string, { version, ids }: TReorderSources) {
  return writeClaimSheet(actor, claimId, version, ["sources"], async (tx, claim) => {
    const listed = new Set(
      (await tx.source.findMany({ where: { claimId: claim.id }, select: { id: true } })).map((s) => s.id),
    );
    const complete =
      ids.length === listed.size && new Set(ids).size === ids.length && ids.every((id) => listed.has(id));
    if (!complete) refuseField("ids", errorText("sourceOrder"));
    for (const [position, id] of ids.entries()) await tx.source.update({ where: { id }, data: { position } });
  });
}
