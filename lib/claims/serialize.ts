import type { z } from "zod";
import type { Claim } from "@/lib/db/generated/client";
import { orphanReasonOf } from "./orphan-columns";
import type { ZClaim } from "./schemas";

export type TClaim = z.infer<typeof ZClaim>;

export function toClaimJson(claim: Claim): TClaim {
  return {
    id: claim.id,
    articleId: claim.articleId,
    status: claim.status,
    // The claim sheet's version: a live client refreshes an open sheet when it grows.
    version: claim.version,
    revision: claim.revision,
    anchored: claim.anchored,
    orphanReason: orphanReasonOf(claim),
    selector: { exact: claim.exact, prefix: claim.prefix, suffix: claim.suffix, start: claim.start, end: claim.end },
    createdById: claim.createdById,
    // Its checker, and whether it was ever published: what lib/permissions/rules.ts decides on.
    assigneeId: claim.assigneeId,
    firstPublished: claim.firstPublished?.toISOString() ?? null,
    createdAt: claim.createdAt.toISOString(),
    updatedAt: claim.updatedAt.toISOString(),
  };
}
