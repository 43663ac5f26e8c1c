import type { readClaimSheet } from "@/lib/claim-sheet/get-claim-sheet";
import type { Claim, Prisma } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/permissions/actor";
import { ensureReportSlug } from "@/lib/reports/report-slug";
import { enqueueClaimDeliveries } from "@/lib/webhooks/enqueue";

type Tx = Prisma.TransactionClient;
export type TSheet = Awaited<ReturnType<typeof readClaimSheet>>;

/**
 * Freezes the sheet into publication number `number` (a required note from the second on) and queues
 * its webhooks. The sheet was read at this version before the transaction, and the conditional update
 * has just proved the version unchanged, so the snapshot is exactly what is being published.
 */
export async function recordPublication(
  tx: Tx,
  actor: Actor,
  claim: Claim,
  { snapshot, number, note, at }: { snapshot: TSheet; number: number; note: string | undefined; at: Date },
) {
  const { workflow: _workflow, ...sheet } = snapshot;
  const published = { ...sheet, status: "PUBLISHED", version: claim.version + 1 };
  await tx.claimPublication.create({
    data: {
      workspaceId: actor.workspaceId,
      claimId: claim.id,
      number,
      version: claim.version + 1,
      sheet: published,
      correctionNote: note ?? null,
      publishedAt: at,
      publishedById: actor.userId,
    },
  });
  // A published claim always has a public report address.
  await ensureReportSlug(tx, claim.articleId);
  return enqueueClaimDeliveries(tx, { ...where(actor, claim), publication: number, at });
}

/** A retraction keeps every publication; receivers of the ClaimReview are told to withdraw it. */
export function recordRetraction(tx: Tx, actor: Actor, claim: Claim, { note, count, at }: TRetraction) {
  return enqueueClaimDeliveries(tx, { ...where(actor, claim), publication: count, at, retraction: { note } });
}

type TRetraction = { note: string; count: number; at: Date };
const where = (actor: Actor, claim: Claim) => ({
  workspaceId: actor.workspaceId,
  articleId: claim.articleId,
  claimId: claim.id,
});
