import { REVIEW_API } from "@/lib/api/endpoints/review";
import { handle, route } from "@/lib/api/route";
import { updateComment } from "@/lib/comments/update-comment";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  handle(REVIEW_API.updateComment, ({ actor, params, body }) =>
    updateComment(actor, params.id, params.commentId, body),
  ),
);
