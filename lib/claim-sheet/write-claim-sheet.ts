import { recordAudit } from "@/lib/audit/record-audit";
import { diffSheetStates, readSheetState } from "@/lib/audit/sheet-state";
import { toClaimJson } from "@/lib/claims/serialize";
import { getDb } from "@/lib/db/client";
import type { Claim, Prisma } from "@/lib/db/generated/client";
import { AppError, notFound } from "@/lib/errors";
import { recordArticleEvent } from "@/lib/events/record-event";
import { errorText } from "@/lib/i18n/error-text";
import { assertAllowed, type Actor } from "@/lib/permissions/actor";
import { editSheetRefusal } from "@/lib/permissions/rules";
import { afterSheetEdit } from "@/lib/workflow/after-sheet-edit";
import { readClaimSheet } from "./get-claim-sheet";
import type { TClaimSheet } from "./serialize";

type TSheetChange = (
  tx: Prisma.TransactionClient,
  claim: Claim & { article: { sourceUrl: string | null } },
) => Promise<void>;

/** 409 for a write made on an old version; `current` (the sheet as it is now) goes into the error body. */
export class StaleClaimError extends AppError {
  constructor(
    readonly current: TClaimSheet,
    yours: number,
  ) {
    super("conflict", errorText("staleClaim", { current: current.version, yours }));
  }
}

/**
 * Every claim sheet write goes through here: it takes the version the client edited, bumps it in the
 * same transaction as the change (the row lock makes a concurrent second writer see a stale version),
 * records what changed in the audit trail (before and after), applies the workflow's rules for edits
 * (lib/workflow/after-sheet-edit), records a `claim.updated` event naming what changed, and answers
 * with the whole sheet. Whatever `change` refuses rolls everything back, the version bump included.
 */
export async function writeClaimSheet(
  actor: Actor,
  claimId: string,
  version: number,
  changed: string[],
  change: TSheetChange,
) {
  // Not found comes first: another workspace's claim is a 404 for every role.
  const where = { id: claimId, workspaceId: actor.workspaceId, deletedAt: null };
  const found = await getDb().claim.findFirst({ where, select: { status: true } });
  if (!found) throw notFound("This claim");
  assertAllowed(editSheetRefusal(actor, found));
  const saved = await getDb().$transaction(async (tx) => {
    // A retraction committed since the check above leaves no row to bump: a 409 like any stale write.
    const bumped = await tx.claim.updateMany({
      where: { ...where, version, status: { not: "RETRACTED" } },
      data: { version: { increment: 1 } },
    });
    if (bumped.count === 0) return false;
    const before = await tx.claim.findUniqueOrThrow({
      where: { id: claimId },
      include: { article: { select: { sourceUrl: true } } },
    });
    const stateBefore = await readSheetState(tx, claimId);
    await change(tx, before);
    const diff = diffSheetStates(stateBefore, await readSheetState(tx, claimId));
    if (diff.fields.length > 0) {
      const at = new Date();
      await recordAudit(tx, {
        workspaceId: actor.workspaceId,
        claimId,
        actorId: actor.userId,
        action: "sheet.updated",
        before: diff.before,
        after: diff.after,
        at,
      });
      await afterSheetEdit(tx, actor, before, diff.fields, at);
    }
    const claim = await tx.claim.findUniqueOrThrow({ where: { id: claimId } });
    const payload = { ...toClaimJson(claim), version: claim.version, changed };
    await recordArticleEvent(tx, {
      workspaceId: actor.workspaceId,
      articleId: claim.articleId,
      actorId: actor.userId,
      type: "claim.updated",
      claimId,
      payload,
    });
    return true;
  });
  // Read after the commit: Prisma loads the sheet's relations with parallel queries, which pg can only
  // queue (a deprecated behaviour) on the one connection of a transaction.
  const sheet = await readClaimSheet(actor.workspaceId, claimId);
  if (!saved) throw new StaleClaimError(sheet, version);
  return sheet;
}
