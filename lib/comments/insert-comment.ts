import { recordAudit } from "@/lib/audit/record-audit";
import { refuseField } from "@/lib/claim-sheet/fields";
import { placeClaim } from "@/lib/claims/place-claim";
import type { Claim, Prisma } from "@/lib/db/generated/client";
import { notFound } from "@/lib/errors";
import { recordArticleEvent } from "@/lib/events/record-event";
import { errorText } from "@/lib/i18n/error-text";
import { notify } from "@/lib/notifications/notify";
import type { Actor } from "@/lib/permissions/actor";
import { excerptOf, handleOf, parseMentions } from "./mentions";
import type { TCreateComment } from "./schemas";

type Tx = Prisma.TransactionClient;

export type TMentionOptions = {
  /** Members to mention besides the @handles (ids; each must be a member). */
  explicit?: string[];
  /** Where an unknown @handle is reported (`body` for a comment, `comment` for a workflow note). */
  field?: string;
  /** Text saved before (an edit): handles already in it are not refused again, e.g. someone who left. */
  previous?: string;
};

/**
 * The members a text names: its @handles and explicit ids. An @handle nobody in the workspace has is
 * refused (422 on `field`), so a mistyped mention never silently notifies nobody.
 */
export async function resolveMentions(
  tx: Tx,
  workspaceId: string,
  body: string,
  { explicit = [], field = "body", previous = "" }: TMentionOptions = {},
) {
  const members = await tx.membership.findMany({
    where: { workspaceId },
    select: { userId: true, user: { select: { email: true } } },
  });
  const byHandle = new Map(members.map((m) => [handleOf(m.user.email), m.userId]));
  const ids = new Set(members.map((m) => m.userId));
  if (explicit.some((id) => !ids.has(id))) refuseField("mentions", errorText("mentionNotMember"));
  const before = new Set(parseMentions(previous));
  const unknown = parseMentions(body).find((handle) => !byHandle.has(handle) && !before.has(handle));
  if (unknown) refuseField(field, errorText("mentionUnknown", { handle: unknown }));
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
 * with its audit entry, the mentioned members' notifications and a live event. `except`: people already
 * told about the change the comment comes with (a request for changes), who are not told twice.
 */
export async function insertComment(
  tx: Tx,
  actor: Actor,
  claim: Claim,
  input: TCreateComment,
  { except = [], field = "body" }: { except?: string[]; field?: string } = {},
) {
  let parentId: string | undefined;
  if (input.parentId) {
    const parent = await tx.comment.findFirst({ where: { id: input.parentId, claimId: claim.id } });
    if (!parent) throw notFound("This comment");
    parentId = parent.parentId ?? parent.id;
  }
  const mentions = await resolveMentions(tx, actor.workspaceId, input.body, { explicit: input.mentions, field });
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
  await notify(tx, actor, "comment.mentioned", claim, {
    mentioned: mentions,
    except,
    extra: { commentId: comment.id, excerpt: excerptOf(comment.body) },
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
