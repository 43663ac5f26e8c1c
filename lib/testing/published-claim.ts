import { ZSetVerdict, ZUpdateClaimSheet } from "@/lib/claim-sheet/schemas";
import { setVerdict } from "@/lib/claim-sheet/set-verdict";
import { updateClaimSheet } from "@/lib/claim-sheet/update-claim-sheet";
import { createClaim } from "@/lib/claims/create-claim";
import { ZCreateClaim } from "@/lib/claims/schemas";
import type { ClaimStatus } from "@/lib/db/generated/enums";
import type { Actor } from "@/lib/permissions/actor";
import { addSource } from "@/lib/sources/add-source";
import { ZCreateSource } from "@/lib/sources/schemas";
import { walkToStatus } from "./walk-workflow";

export type TCheckedClaim = {
  exact: string;
  prefix?: string;
  statement: string;
  claimant: { name: string; kind: "PERSON" | "ORGANIZATION" | "PUBLICATION" | "SOCIAL_ACCOUNT"; role?: string };
  claimDate: string;
  ratingKey: string;
  conclusion: string;
  rationale: string;
  sources: {
    url: string;
    title: string;
    archiveUrl?: string;
    publisher?: string;
    stance?: "SUPPORTS" | "REFUTES" | "CONTEXT";
  }[];
};

/** A claim taken through a whole check and then the review workflow to `status`, with the real data functions. */
export async function createCheckedClaim(
  actor: Actor,
  articleId: string,
  check: TCheckedClaim,
  status: ClaimStatus = "PUBLISHED",
) {
  const { id } = await createClaim(actor, articleId, ZCreateClaim.parse({ exact: check.exact, prefix: check.prefix }));
  let { version } = await updateClaimSheet(
    actor,
    id,
    ZUpdateClaimSheet.parse({
      version: 1,
      statement: check.statement,
      claimant: check.claimant,
      claimDate: check.claimDate,
    }),
  );
  for (const source of check.sources)
    ({ version } = await addSource(
      actor,
      id,
      ZCreateSource.parse({ version, type: "OFFICIAL_STATEMENT", stance: "SUPPORTS", ...source }),
    ));
  const rationale = {
    type: "doc",
    content: [{ type: "paragraph", attrs: { dir: "rtl" }, content: [{ type: "text", text: check.rationale }] }],
  };
  await setVerdict(
    actor,
    id,
    ZSetVerdict.parse({ version, ratingKey: check.ratingKey, conclusion: check.conclusion, rationale }),
  );
  await walkToStatus(actor, id, status);
  return id;
}
