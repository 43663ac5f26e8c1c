import { apiRoute } from "@/lib/api/handler";
import { addSource } from "@/lib/sources/add-source";
import { ZCreateSource } from "@/lib/sources/schemas";

// Answers with the whole claim sheet; the new source is the last of `sources`.
export const POST = apiRoute(ZCreateSource, ({ actor, params, body }) => addSource(actor, params.id, body), 201);
