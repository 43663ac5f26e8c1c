import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db/client";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { recordArticleEvent } from "@/lib/events/record-event";
import { errorText } from "@/lib/i18n/error-text";
import { notify } from "@/lib/notifications/notify";
import { assertCan, type Actor } from "@/lib/permissions/actor";
import { resolveMentions } from "./insert-comment";
import { excerptOf } from "./mentions";
import { findCommentableClaim, namesFor } from "./list-comments";
import type { TUpdateComment } from "./schemas";
import { toCommentJson } from "./serialize";

/**
 * Edits your own comment's text (members newly @mentioned are notified) and/or resolves or reopens
 * the thread a root comment starts (any checker, editor or admin). Both are in the claim's history.
 */
export async function updateComment(actor: Actor, claimId: string, commentId: string, input: TUpdateComment) {
  const claim = await findCommentableClaim(actor, claimId);
  assertCan(actor, "writeComments");
  const comment = await getDb().comment.findFirst({
    where: { id: commentId, claimId: claim.id, workspaceId: actor.workspaceId },
  });
  if (!comment) throw notFound("This comment");
  if (input.body !== undefined && comment.authorId !== actor.userId) throw forbidden(errorText("commentNotYours"));
  if (input.resolved !== undefined && comment.parentId)
    throw new AppError("validation_failed", errorText("fieldsNeedFixing"), {
      resolved: errorText("commentResolveReply"),
    });
  const audit = { workspaceId: actor.workspaceId, claimId: claim.id, actorId: actor.userId };
  const saved = await getDb().$transaction(async (tx) => {
    let updated = comment;
    if (input.body !== undefined && input.body !== comment.body) {
      const mentions = await resolveMentions(tx, actor.workspaceId, input.body, {
        explicit: input.mentions,
        previous: comment.body,
      });
      updated = await tx.comment.update({
        where: { id: comment.id },
        data: { body: input.body, mentions, editedAt: new Date() },
      });
      await recordAudit(tx, {
        ...audit,
        action: "comment.edited",
        before: { commentId: comment.id, body: comment.body },
        after: { commentId: comment.id, body: input.body },
      });
      const added = mentions.filter((id) => !comment.mentions.includes(id));
      await notify(tx, actor, "comment.mentioned", claim, {
        mentioned: added,
        extra: { commentId: comment.id, excerpt: excerptOf(input.body) },
      });
    }
    if (input.resolved !== undefined && input.resolved !== Boolean(comment.resolvedAt)) {
      const data = input.resolved
        ? { resolvedAt: new Date(), resolvedById: actor.userId }
        : { resolvedAt: null, resolvedById: null };
      updated = await tx.comment.update({ where: { id: comment.id }, data });
      await recordAudit(tx, {
        ...audit,
        action: input.resolved ? "comment.resolved" : "comment.reopened",
        before: { commentId: comment.id, resolved: !input.resolved },
        after: { commentId: comment.id, resolved: input.resolved },
      });
    }
    await recordArticleEvent(tx, {
      workspaceId: actor.workspaceId,
      articleId: claim.articleId,
      actorId: actor.userId,
      type: "comment.changed",
      claimId: claim.id,
      payload: { commentId: comment.id },
    });
    return updated;
  });
  return toCommentJson(saved, await namesFor([saved]));
}
