import type { Prisma } from "@/lib/db/generated/client";
import { toClaimReview } from "@/lib/exports/claim-review";
import { getPublishedClaimReport } from "@/lib/reports/get-report";
import type { TWebhookEvent } from "./events";

type TDeliveryInput = {
  workspaceId: string;
  articleId: string;
  claimId: string;
  publication: number;
  at: Date;
  /** Set for a retraction: its public note. */
  retraction?: { note: string };
};

/**
 * Called inside the publishing (or retracting) transaction (lib/workflow/transition-claim.ts): one
 * delivery per active webhook that wants the event, so the change and its deliveries commit together
 * or not at all. A publication's payload is the claim's ClaimReview as the public report shows it,
 * frozen then; a retraction's carries the note instead, and no ClaimReview (it is withdrawn).
 */
export async function enqueueClaimDeliveries(tx: Prisma.TransactionClient, input: TDeliveryInput) {
  const event: TWebhookEvent = input.retraction
    ? "claim.retracted"
    : input.publication === 1
      ? "claim.published"
      : "claim.corrected";
  const hooks = await tx.webhook.findMany({
    where: { workspaceId: input.workspaceId, active: true, events: { has: event } },
    select: { id: true },
  });
  if (hooks.length === 0) return 0;
  const report = await getPublishedClaimReport(tx, input.articleId, input.claimId);
  const claim = report.claims.find((c) => c.id === input.claimId)!;
  const base = {
    event,
    claimId: input.claimId,
    articleId: input.articleId,
    publication: input.publication,
    reportUrl: report.url,
  };
  const payload = input.retraction
    ? { ...base, retraction: { note: input.retraction.note, retractedAt: input.at.toISOString() } }
    : { ...base, claimReview: toClaimReview(claim, report) };
  await tx.webhookDelivery.createMany({
    data: hooks.map((h) => ({
      workspaceId: input.workspaceId,
      webhookId: h.id,
      event,
      claimId: input.claimId,
      payload,
      nextAttemptAt: input.at,
      createdAt: input.at,
    })),
  });
  return hooks.length;
}
