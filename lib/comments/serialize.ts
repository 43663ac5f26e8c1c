import type { z } from "zod";
import type { Comment } from "@/lib/db/generated/client";
import type { ZComment } from "./schemas";

export type TComment = z.infer<typeof ZComment>;

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function toCommentJson(comment: Comment, names: Map<string, string>): TComment {
  return {
    id: comment.id,
    claimId: comment.claimId,
    parentId: comment.parentId,
    author: { id: comment.authorId, name: names.get(comment.authorId) ?? null },
    body: comment.body,
    // Written by insert-comment.ts from a placed selector.
    selector: comment.selector as TComment["selector"],
    mentions: comment.mentions.map((id) => ({ id, name: names.get(id) ?? null })),
    createdAt: comment.createdAt.toISOString(),
    editedAt: iso(comment.editedAt),
    resolvedAt: iso(comment.resolvedAt),
    resolvedById: comment.resolvedById,
  };
}
