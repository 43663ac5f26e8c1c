import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./document";
import { ENDPOINTS } from "./registry";

const API_DIR = path.join(process.cwd(), "app/api/v1");
// The catch-all only answers "no such endpoint" in the API's error shape.
const UNDOCUMENTED = new Set(["/[...path]"]);
const METHODS = /\b(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g;

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

/** `METHOD /path` for each method a route file exports (`export const GET`, `export function`, `export { x as GET }`). */
function exportedRoutes(file: string): string[] {
  const route = path.relative(API_DIR, path.dirname(file)).split(path.sep).join("/");
  const routePath = `/${route}`;
  if (UNDOCUMENTED.has(routePath)) return [];
  const source = readFileSync(file, "utf8");
  const methods = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:const|async\s+function|function)\s+(\w+)/g))
    if (m[1].match(METHODS)) methods.add(m[1]);
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g))
    for (const name of m[1].matchAll(/as\s+(\w+)/g)) if (name[1].match(METHODS)) methods.add(name[1]);
  const openApiPath = routePath.replace(/\[(\w+)\]/g, "{$1}");
  return [...methods].map((method) => `${method} ${openApiPath}`);
}

describe("the OpenAPI registry", () => {
  const routes = routeFiles(API_DIR).flatMap(exportedRoutes).sort();
  const documented = ENDPOINTS.map((e) => `${e.method} ${e.path}`).sort();

  it("lists every method every /api/v1 route exports, and nothing else", () => {
    expect(routes.length).toBeGreaterThan(30);
    expect(
      routes.filter((r) => !documented.includes(r)),
      "routes missing from lib/api/openapi",
    ).toEqual([]);
    expect(
      documented.filter((r) => !routes.includes(r)),
      "documented endpoints with no route",
    ).toEqual([]);
    expect(new Set(documented).size).toBe(documented.length);
  });

  it("builds an OpenAPI 3.1 document whose bodies come from the routes' zod schemas", () => {
    const doc = JSON.parse(JSON.stringify(buildOpenApiDocument()));
    expect(doc.openapi).toBe("3.1.0");
    const createToken = doc.paths["/tokens"].post;
    expect(createToken.requestBody.content["application/json"].schema).toMatchObject({
      type: "object",
      required: ["name", "expiresInDays"],
      properties: { expiresInDays: { type: "integer", minimum: 1, maximum: 365 } },
    });
    // Input shapes: a field with a default is optional to send.
    expect(doc.paths["/articles"].post.requestBody.content["application/json"].schema.required).not.toContain("format");
    expect(
      doc.paths["/claims/{id}/transitions"].post.requestBody.content["application/json"].schema.properties.action.enum,
    ).toContain("publish");
    expect(doc.paths["/me/queue"].get.parameters).toContainEqual(
      expect.objectContaining({ name: "kind", in: "query", required: true }),
    );
    expect(doc.paths["/claims/{id}/verdict"].put.responses["409"].content["application/json"].schema.$ref).toBe(
      "#/components/schemas/Error",
    );
    expect(doc.paths["/openapi.json"].get.security).toEqual([]);
    for (const [p, ops] of Object.entries(
      doc.paths as Record<string, Record<string, { parameters: { name: string; in: string }[] }>>,
    )) {
      const declared = [...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const op of Object.values(ops))
        expect(op.parameters.filter((x) => x.in === "path").map((x) => x.name)).toEqual(declared);
    }
  });
});
