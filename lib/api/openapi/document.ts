import { z } from "zod";
import { STATUS_BY_CODE } from "@/lib/errors";
import { ENDPOINTS } from "./registry";
import type { Endpoint } from "./types";

const ERROR_TEXT: Record<number, string> = {
  401: "No valid session or token (an expired or revoked token says so in `message`).",
  403: "The caller's role does not allow this.",
  404: "Not found, or in another workspace.",
  409: "Someone changed it first (`current` holds it as it is now), or the change would leave no admin.",
  413: "The body is larger than 1 MB.",
  422: "The input is invalid; `fields` maps each field path to its message.",
  500: "Something failed on the server; nothing was changed.",
};

/** Input shapes: what a client sends, before the server trims, normalizes and fills defaults. */
export function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
  return json;
}

const pathParams = (path: string) => [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

// Which errors each endpoint can answer, from what it takes: every protected one can refuse the caller.
function errorStatuses(endpoint: Endpoint): number[] {
  const statuses = new Set(endpoint.errors ?? []);
  if (!endpoint.public) [401, 403].forEach((s) => statuses.add(s));
  if (pathParams(endpoint.path).length > 0) statuses.add(404);
  if (endpoint.body) [413, 422].forEach((s) => statuses.add(s));
  if (endpoint.query) statuses.add(422);
  statuses.add(500);
  return [...statuses].sort();
}

function parametersOf(endpoint: Endpoint) {
  const inPath = pathParams(endpoint.path).map((name) => ({
    name,
    in: "path",
    required: true,
    schema: { type: "string" },
  }));
  const query = endpoint.query ? jsonSchemaOf(endpoint.query) : null;
  const properties = (query?.properties ?? {}) as Record<string, Record<string, unknown>>;
  const required = new Set((query?.required ?? []) as string[]);
  const inQuery = Object.entries(properties).map(([name, schema]) => ({
    name,
    in: "query",
    required: required.has(name),
    schema,
  }));
  return [...inPath, ...inQuery];
}

function operationOf(endpoint: Endpoint) {
  const { success } = endpoint;
  const errors = Object.fromEntries(
    errorStatuses(endpoint).map((status) => [
      status,
      {
        description: ERROR_TEXT[status],
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      },
    ]),
  );
  return {
    operationId: `${endpoint.method.toLowerCase()}${endpoint.path.replace(/[{}]/g, "").replace(/[^a-zA-Z0-9]+(\w)/g, (_, c: string) => c.toUpperCase())}`,
    tags: [endpoint.tag],
    summary: endpoint.summary,
    ...(endpoint.description && { description: endpoint.description }),
    parameters: parametersOf(endpoint),
    ...(endpoint.body && {
      requestBody: {
        required: true,
        description: endpoint.bodyDescription,
        content: { "application/json": { schema: jsonSchemaOf(endpoint.body) } },
      },
    }),
    responses: {
      [success.status]: {
        description: success.description,
        content: { [success.contentType ?? "application/json"]: {} },
      },
      ...errors,
    },
    ...(endpoint.public && { security: [] }),
  };
}

/** The OpenAPI 3.1 document of /api/v1, built from the registry and the routes' own zod schemas. */
export function buildOpenApiDocument(serverUrl = "/api/v1") {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of ENDPOINTS)
    (paths[endpoint.path] ??= {})[endpoint.method.toLowerCase()] = operationOf(endpoint);
  return {
    openapi: "3.1.0",
    info: {
      title: "Sanad API",
      version: "1",
      description:
        "Fact-check annotation workspace. Authenticate with a personal API token (`Authorization: Bearer sanad_…`, created in Settings → API tokens) " +
        "or a browser session. A token acts as its owner in one workspace with the role they have there now. Every error has the shape " +
        '`{"error": {"code", "message", "fields"?, "current"?}}`; send `Accept-Language: ar` for Arabic messages.',
    },
    servers: [{ url: serverUrl }],
    security: [{ bearerToken: [] }, { sessionCookie: [] }],
    tags: [...new Set(ENDPOINTS.map((e) => e.tag))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        bearerToken: {
          type: "http",
          scheme: "bearer",
          description: "A personal API token: `sanad_` followed by 43 base64url characters.",
        },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description: "The browser session of a signed-in member.",
        },
      },
      schemas: {
        Error: {
          type: "object",
          required: ["error"],
          properties: {
            error: {
              type: "object",
              required: ["code", "message"],
              properties: {
                code: { type: "string", enum: Object.keys(STATUS_BY_CODE) },
                message: { type: "string" },
                fields: { type: "object", additionalProperties: { type: "string" } },
                current: { description: "On a 409: the resource as it is now." },
              },
            },
          },
        },
      },
    },
  };
}
