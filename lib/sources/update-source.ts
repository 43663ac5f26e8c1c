import { writeClaimSheet } from "@/lib/claim-sheet/write-claim-sheet";
import type { Actor } from "@/lib/permissions/actor";
import { findListedSource } from "./find-source";
import type { TUpdateSource } from "./schemas";
import { assertNotListed } from "./url-key";

/** Edits a source; a new URL counts as a new visit, so it also renews `accessedAt`. */
export async function updateSource(
  actor: Actor,
  claimId: string,
  sourceId: string,
  { version, ...input }: TUpdateSource,
) {
  return writeClaimSheet(actor, claimId, version, ["sources"], async (tx, claim) => {
    const { listed, source } = await findListedSource(tx, claim.id, sourceId);
    const moved = input.url !== undefined && input.url !== source.url;
    const urlKey = moved ? assertNotListed(listed, input.url!, "url", source.id) : undefined;
    await tx.source.update({
      where: { id: source.id },
      data: { ...input, ...(moved && { urlKey, accessedAt: new Date() }) },
    });
  });
}
