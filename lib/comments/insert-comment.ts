import { recordAudit } from "@/lib/audit/record-audit";
import { refuseField } from "@/lib/claim-sheet/fields";
import { placeClaim } from "@/lib/claims/place-claim";
import type { Claim, Prisma } from "@/lib/db/generated/client";
import { notFound } from "@/lib/errors";
import { recordArticleEvent } from "@/lib/events/record-event";
import { errorText } from "@/lib/i18n/error-text";
import { notify } from "@/lib/notifications/notify";
import type { Actor } from "@/lib/permissions/actor";
import { handleOf, parseMentions } from "./mentions";
import type { TCreateComment } from "./schemas";

type Tx = Prisma.TransactionClient;

/** The members a comment names: @handles in its text (unknown ones are plain text) and explicit ids (which must be members). */
export async function resolveMentions(tx: Tx, workspaceId: string, body: string, explicit: string[] = []) {
  const members = await tx.membership.findMany({
    where: { workspaceId },
    select: { userId: true, user: { select: { email: true } } },
  });
  const byHandle = new Map(members.map((m) => [handleOf(m.user.email), m.userId]));
  const ids = new Set(members.map((m) => m.userId));
  const unknown = explicit.filter((id) => !ids.has(id));
  if (unknown.length > 0) refuseField("mentions", errorText("mentionNotMember"));
  const named = parseMentions(body).flatMap((handle) => byHandle.get(handle) ?? []);
  return [...new Set([...named, ...explicit])];
}

async function selectorOf(tx: Tx, claim: Claim, input: TCreateComment["selector"]) {
  if (!input) return undefined;
  const article = await tx.article.findUniqueOrThrow({ where: { id: claim.articleId }, select: { revision: true } });
  const revision = await tx.articleRevision.findUniqueOrThrow({
    where: { articleId_number: { articleId: claim.articleId, number: article.revision } },
  });
  const { quote, position } = placeClaim(revision.text, input);
  return { ...quote, ...position, revision: revision.number };
}

/**
 * Writes a comment (or a reply: replies hang off the thread's root) inside the caller's transaction,
 * with its audit entry, the mentioned members' notifications and a live event.
 */
export async function insertComment(tx: Tx, actor: Actor, claim: Claim, input: TCreateComment) {
  let parentId: string | undefined;
  if (input.parentId) {
    const parent = await tx.comment.findFirst({ where: { id: input.parentId, claimId: claim.id } });
    if (!parent) throw notFound("This comment");
    parentId = parent.parentId ?? parent.id;
  }
  const mentions = await resolveMentions(tx, actor.workspaceId, input.body, input.mentions);
  const selector = parentId ? undefined : await selectorOf(tx, claim, input.selector);
  const comment = await tx.comment.create({
    data: {
      workspaceId: actor.workspaceId,
      claimId: claim.id,
      parentId,
      authorId: actor.userId,
      body: input.body,
      selector,
      mentions,
    },
  });
  await recordAudit(tx, {
    workspaceId: actor.workspaceId,
    claimId: claim.id,
    actorId: actor.userId,
    action: "comment.created",
    after: { commentId: comment.id, parentId: parentId ?? null, body: comment.body },
  });
  await notify(tx, {
    workspaceId: actor.workspaceId,
    actorId: actor.userId,
    claim,
    kind: "MENTIONED",
    userIds: mentions,
    extra: { commentId: comment.id, excerpt: comment.body.slice(0, 200) },
  });
  await recordArticleEvent(tx, {
    workspaceId: actor.workspaceId,
    articleId: claim.articleId,
    actorId: actor.userId,
    type: "comment.changed",
    claimId: claim.id,
    payload: { commentId: comment.id },
  });
  return comment;
}
