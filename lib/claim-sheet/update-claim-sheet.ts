import type { Claim, Prisma } from "@/lib/db/generated/client";
import { errorText } from "@/lib/i18n/error-text";
import { assertAllowed, type Actor } from "@/lib/permissions/actor";
import { assignRefusal, mayCheck, mayReview } from "@/lib/permissions/rules";
import { sourceUrlKey } from "@/lib/sources/source-url-key";
import { refuseField } from "./fields";
import type { TUpdateClaimSheet } from "./schemas";
import { setClaimTags } from "./tags";
import { writeClaimSheet } from "./write-claim-sheet";

/** A new checker: the actor may choose them (lib/permissions/rules.ts) and they are a member who may check. */
export async function assertAssignable(
  tx: Prisma.TransactionClient,
  actor: Actor,
  claim: Claim,
  userId: string | null,
) {
  if (userId === claim.assigneeId) return;
  assertAllowed(assignRefusal(actor, claim, userId));
  if (!userId) return;
  const { workspaceId } = actor;
  const member = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } } });
  if (!member) refuseField("assigneeId", errorText("assigneeNotMember"));
  if (!mayCheck(member.role)) refuseField("assigneeId", errorText("assigneeCannotCheck"));
}

async function assertCanReview(tx: Prisma.TransactionClient, workspaceId: string, userId: string) {
  const member = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } } });
  if (!member) refuseField("reviewerId", errorText("assigneeNotMember"));
  if (!mayReview(member.role)) refuseField("reviewerId", errorText("reviewerRole"));
}

/** Saves the given sheet fields (statement, claimant, date, appearances, tags, worthiness, assignee, reviewer). */
export async function updateClaimSheet(actor: Actor, claimId: string, { version, ...input }: TUpdateClaimSheet) {
  const changed = Object.keys(input).filter((key) => input[key as keyof typeof input] !== undefined);
  return writeClaimSheet(actor, claimId, version, changed, async (tx, claim) => {
    if (input.assigneeId !== undefined) await assertAssignable(tx, actor, claim, input.assigneeId);
    if (input.reviewerId) await assertCanReview(tx, actor.workspaceId, input.reviewerId);
    if (input.tags) await setClaimTags(tx, actor.workspaceId, claim.id, input.tags);
    const articleKey = claim.article.sourceUrl && sourceUrlKey(claim.article.sourceUrl);
    const { claimant } = input;
    await tx.claim.update({
      where: { id: claim.id },
      data: {
        statement: input.statement,
        claimDate: input.claimDate,
        checkWorthiness: input.checkWorthiness,
        assigneeId: input.assigneeId,
        reviewerId: input.reviewerId,
        // The article is always the first appearance, so it is not stored a second time.
        appearances: input.appearances?.filter((url) => sourceUrlKey(url) !== articleKey),
        ...(claimant !== undefined && {
          claimantName: claimant?.name ?? null,
          claimantKind: claimant?.kind ?? null,
          claimantRole: claimant?.role ?? null,
        }),
      },
    });
  });
}
