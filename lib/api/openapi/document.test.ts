import { describe, expect, it } from "vitest";
import { ENDPOINTS } from "@/lib/api/endpoints";
import { buildOpenApiDocument } from "./document";

type TOperation = {
  summary: string;
  "x-summary-ar": string;
  parameters?: { name: string; in: string }[];
  responses: Record<string, { content: Record<string, { schema: Record<string, unknown> }> }>;
};

describe("the OpenAPI document", () => {
  const doc = JSON.parse(JSON.stringify(buildOpenApiDocument()));
  const operations = Object.entries(doc.paths as Record<string, Record<string, TOperation>>).flatMap(([p, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ key: `${method.toUpperCase()} ${p}`, path: p, op })),
  );

  it("has one operation per endpoint definition", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(operations.map((o) => o.key).sort()).toEqual(ENDPOINTS.map((e) => `${e.method} ${e.path}`).sort());
  });

  it("takes request bodies and query strings from the schemas the routes parse with", () => {
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
  });

  it("describes every JSON answer with a schema, and files and streams by content type", () => {
    for (const { key, op } of operations) {
      const [status, success] = Object.entries(op.responses).find(([s]) => s.startsWith("2"))!;
      const [contentType, media] = Object.entries(success.content)[0];
      if (contentType === "application/json" && key !== "GET /openapi.json")
        expect(media.schema as unknown, `${key} answers ${status} without a schema`).toBeDefined();
    }
    const claim = doc.paths["/articles/{id}/claims"].post.responses["201"].content["application/json"].schema;
    expect(claim).toMatchObject({ type: "object", required: expect.arrayContaining(["id", "selector", "status"]) });
    expect(doc.paths["/claims/{id}"].get.responses["200"].content["application/json"].schema.$ref).toBe(
      "#/components/schemas/ClaimSheet",
    );
    expect(Object.keys(doc.paths["/articles/{id}/events"].get.responses["200"].content)).toEqual(["text/event-stream"]);
  });

  it("gives every operation both summaries, its errors in the one error shape, and the 409's current resource", () => {
    for (const { key, op } of operations) {
      expect(op.summary, key).toBeTruthy();
      expect(op["x-summary-ar"], key).toMatch(/[\u0600-\u06FF]/);
      expect(op.responses["405"].content["application/json"].schema.$ref, key).toBe("#/components/schemas/Error");
    }
    const conflict = doc.paths["/claims/{id}/verdict"].put.responses["409"].content["application/json"].schema;
    expect(JSON.stringify(conflict)).toContain("#/components/schemas/ClaimSheet");
    expect(doc.paths["/openapi.json"].get.security).toEqual([]);
    for (const { key, path: p, op } of operations) {
      const declared = [...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const inPath = (op.parameters ?? []).filter((x) => x.in === "path").map((x) => x.name);
      expect(inPath, key).toEqual(declared);
    }
  });
});
