import { buildOpenApiDocument } from "@/lib/api/openapi/document";

// Public like most API descriptions: it names endpoints and fields, never data.
export const dynamic = "force-static";

export function GET() {
  return Response.json(buildOpenApiDocument());
}
