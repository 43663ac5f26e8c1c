import { writeClaimSheet } from "@/lib/claim-sheet/write-claim-sheet";
import type { Actor } from "@/lib/permissions/actor";
import { findListedSource } from "./find-source";
import type { TRemoveSource } from "./schemas";

/** Removes a source; the ones after it move up so numbers stay 1…n. The event log keeps the change. */
export async function removeSource(actor: Actor, claimId: string, sourceId: string, { version }: TRemoveSource) {
  return writeClaimSheet(actor, claimId, version, ["sources"], async (tx, claim) => {
    const { listed, source } = await findListedSource(tx, claim.id, sourceId);
    await tx.source.delete({ where: { id: source.id } });
    const rest = listed.filter((s) => s.id !== source.id);
    for (const [position, s] of rest.entries())
      if (s.position !== position) await tx.source.update({ where: { id: s.id }, data: { position } });
  });
}
