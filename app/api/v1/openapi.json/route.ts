import { META_API } from "@/lib/api/endpoints/meta";
import { buildOpenApiDocument } from "@/lib/api/openapi/document";
import { handle, route } from "@/lib/api/route";

// Public like most API descriptions: it names endpoints and fields, never data.
export const dynamic = "force-static";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  handle(META_API.openapi, async () => Response.json(buildOpenApiDocument())),
);
