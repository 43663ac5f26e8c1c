import { refuseField } from "@/lib/claim-sheet/fields";
import { writeClaimSheet } from "@/lib/claim-sheet/write-claim-sheet";
import { errorText } from "@/lib/i18n/error-text";
import type { Actor } from "@/lib/permissions/actor";
import { MAX_SOURCES, type TCreateSource } from "./schemas";
import { assertNotListed } from "./url-key";

/** Adds a source at the end of the claim's list; a URL already listed is refused with its number. */
export async function addSource(actor: Actor, claimId: string, { version, ...input }: TCreateSource) {
  return writeClaimSheet(actor, claimId, version, ["sources"], async (tx, claim) => {
    const listed = await tx.source.findMany({
      where: { claimId: claim.id },
      orderBy: { position: "asc" },
      select: { id: true, urlKey: true, position: true },
    });
    if (listed.length >= MAX_SOURCES) refuseField("url", errorText("tooMany", { max: MAX_SOURCES }));
    const urlKey = assertNotListed(listed, input.url, "url");
    await tx.source.create({
      data: {
        ...input,
        urlKey,
        workspaceId: actor.workspaceId,
        claimId: claim.id,
        position: (listed.at(-1)?.position ?? -1) + 1,
        createdById: actor.userId,
      },
    });
  });
}
