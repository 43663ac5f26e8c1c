import { apiRoute } from "@/lib/api/handler";
import { createComment } from "@/lib/comments/create-comment";
import { listComments } from "@/lib/comments/list-comments";
import { ZCreateComment } from "@/lib/comments/schemas";

export const GET = apiRoute(undefined, ({ actor, params }) => listComments(actor, params.id));

export const POST = apiRoute(ZCreateComment, ({ actor, params, body }) => createComment(actor, params.id, body), 201);
