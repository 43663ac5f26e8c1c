import { getDb } from "@/lib/db/client";
import type { Comment } from "@/lib/db/generated/client";
import { notFound } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/permissions/actor";
import { toCommentJson } from "./serialize";

/** Names of the people comments mention or were written by (also those who have left the workspace). */
export async function namesFor(comments: Comment[]) {
  const ids = [...new Set(comments.flatMap((c) => [c.authorId, ...c.mentions]))];
  const users = await getDb().user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

export async function findCommentableClaim(actor: Actor, claimId: string) {
  const claim = await getDb().claim.findFirst({
    where: { id: claimId, workspaceId: actor.workspaceId, deletedAt: null },
  });
  if (!claim) throw notFound("This claim");
  return claim;
}

/** A claim's threads, oldest first, each a root comment with its replies in order. Any member may read them. */
export async function listComments(actor: Actor, claimId: string) {
  assertCan(actor, "readArticles");
  await findCommentableClaim(actor, claimId);
  const comments = await getDb().comment.findMany({
    where: { claimId, workspaceId: actor.workspaceId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const names = await namesFor(comments);
  const threads = comments
    .filter((c) => !c.parentId)
    .map((root) => ({
      ...toCommentJson(root, names),
      replies: comments.filter((c) => c.parentId === root.id).map((c) => toCommentJson(c, names)),
    }));
  return { threads };
}
