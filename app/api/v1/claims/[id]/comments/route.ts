import { REVIEW_API } from "@/lib/api/endpoints/review";
import { handle, route } from "@/lib/api/route";
import { createComment } from "@/lib/comments/create-comment";
import { listComments } from "@/lib/comments/list-comments";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  handle(REVIEW_API.comments, ({ actor, params }) => listComments(actor, params.id)),
  handle(REVIEW_API.comment, ({ actor, params, body }) => createComment(actor, params.id, body)),
);
