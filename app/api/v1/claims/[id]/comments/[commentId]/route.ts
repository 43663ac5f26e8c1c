import { apiRoute } from "@/lib/api/handler";
import { ZUpdateComment } from "@/lib/comments/schemas";
import { updateComment } from "@/lib/comments/update-comment";

export const PATCH = apiRoute(ZUpdateComment, ({ actor, params, body }) =>
  updateComment(actor, params.id, params.commentId, body),
);
