import type { Comment } from "@/lib/db/generated/client";

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function toCommentJson(comment: Comment, names: Map<string, string>) {
  return {
    id: comment.id,
    claimId: comment.claimId,
    parentId: comment.parentId,
    author: { id: comment.authorId, name: names.get(comment.authorId) ?? null },
    body: comment.body,
    selector: comment.selector,
    mentions: comment.mentions.map((id) => ({ id, name: names.get(id) ?? null })),
    createdAt: comment.createdAt.toISOString(),
    editedAt: iso(comment.editedAt),
    resolvedAt: iso(comment.resolvedAt),
    resolvedById: comment.resolvedById,
  };
}

export type TComment = ReturnType<typeof toCommentJson>;
