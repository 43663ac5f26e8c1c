import { apiRoute } from "@/lib/api/handler";
import { reorderSources } from "@/lib/sources/reorder-sources";
import { ZReorderSources } from "@/lib/sources/schemas";

export const PUT = apiRoute(ZReorderSources, ({ actor, params, body }) => reorderSources(actor, params.id, body));
