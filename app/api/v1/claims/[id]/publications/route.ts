import { apiRoute } from "@/lib/api/handler";
import { listPublications } from "@/lib/workflow/list-publications";

export const GET = apiRoute(undefined, ({ actor, params }) => listPublications(actor, params.id));
