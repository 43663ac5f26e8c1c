import { REVIEW_API } from "@/lib/api/endpoints/review";
import { handle, route } from "@/lib/api/route";
import { listPublications } from "@/lib/workflow/list-publications";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  handle(REVIEW_API.publications, ({ actor, params }) => listPublications(actor, params.id)),
);
