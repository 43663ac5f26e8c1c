import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject } from "zod-openapi";
import { ENDPOINT_TAGS, pathParamNames, type AnyEndpoint } from "@/lib/api/endpoint";
import { ENDPOINTS } from "@/lib/api/endpoints";
import { ZErrorBody } from "@/lib/api/error-shape";

const ERROR_TEXT: Record<number, string> = {
  401: "No valid session or token (an expired or revoked token says so in `message`).",
  403: "The caller's role does not allow this.",
  404: "Not found, or in another workspace.",
  405: "The path does not support this method (`Allow` lists those it does).",
  409: "Someone changed it first (`current` holds it as it is now), or the change would leave no admin.",
  413: "The body is larger than 1 MB.",
  422: "The input is invalid; `fields` maps each field path to its message.",
  500: "Something failed on the server; nothing was changed.",
};

/**
 * A schema for people (/settings/api): "input" is what a client sends, before the server trims,
 * normalizes and fills defaults; "output" what an answer holds.
 */
export function jsonSchemaOf(schema: z.ZodType, io: "input" | "output" = "input"): Record<string, unknown> {
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
  return json;
}

// Which errors each endpoint can answer, from what it takes: every protected one can refuse the caller.
function errorStatuses(endpoint: AnyEndpoint): number[] {
  const statuses = new Set([405, ...(endpoint.errors ?? [])]);
  if (endpoint.ability !== null) [401, 403].forEach((s) => statuses.add(s));
  if (pathParamNames(endpoint.path).length > 0) statuses.add(404);
  if (endpoint.body) [413, 422].forEach((s) => statuses.add(s));
  if (endpoint.query) statuses.add(422);
  statuses.add(500);
  return [...statuses].sort();
}

function errorResponseOf(endpoint: AnyEndpoint, status: number) {
  // A 409 on a versioned resource carries it as it is now, to re-apply the change to.
  const schema =
    status === 409 && endpoint.current
      ? z.object({ error: ZErrorBody.shape.error.extend({ current: endpoint.current.optional() }) })
      : ZErrorBody;
  return { description: ERROR_TEXT[status], content: { "application/json": { schema } } };
}

function successOf(endpoint: AnyEndpoint) {
  if (endpoint.raw) return { description: endpoint.raw.description, content: { [endpoint.raw.contentType]: {} } };
  return { description: endpoint.summary.en, content: { "application/json": { schema: endpoint.response! } } };
}

function operationOf(endpoint: AnyEndpoint): ZodOpenApiOperationObject {
  const errors = Object.fromEntries(errorStatuses(endpoint).map((s) => [s, errorResponseOf(endpoint, s)]));
  return {
    operationId: `${endpoint.method.toLowerCase()}${endpoint.path.replace(/[{}]/g, "").replace(/[^a-zA-Z0-9]+(\w)/g, (_, c: string) => c.toUpperCase())}`,
    tags: [endpoint.tag],
    summary: endpoint.summary.en,
    "x-summary-ar": endpoint.summary.ar,
    ...(endpoint.ability && { "x-ability": endpoint.ability }),
    ...(endpoint.description && { description: endpoint.description }),
    requestParams: { path: endpoint.params, ...(endpoint.query && { query: endpoint.query }) },
    ...(endpoint.body && {
      requestBody: {
        required: true,
        description: endpoint.bodyDescription,
        content: { "application/json": { schema: endpoint.body } },
      },
    }),
    responses: { [endpoint.status]: successOf(endpoint), ...errors },
    ...(endpoint.ability === null && { security: [] }),
  };
}

/** The OpenAPI 3.1 document of /api/v1, built from the endpoint definitions and their zod schemas. */
export function buildOpenApiDocument(serverUrl = "/api/v1") {
  const paths: Record<string, Record<string, ZodOpenApiOperationObject>> = {};
  for (const endpoint of ENDPOINTS)
    (paths[endpoint.path] ??= {})[endpoint.method.toLowerCase()] = operationOf(endpoint);
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Sanad API",
      version: "1",
      description:
        "Fact-check annotation workspace. Authenticate with a personal API token (`Authorization: Bearer sanad_…`, created in Settings → API tokens) " +
        "or a browser session. A token acts as its owner in one workspace with the role they have there now. Every error has the shape " +
        '`{"error": {"code", "message", "fields"?, "current"?}}`, also for unknown paths (404) and unsupported methods (405); ' +
        "send `Accept-Language: ar` for Arabic messages. `x-summary-ar` is each summary in Arabic; `x-ability` the role ability it needs.",
    },
    servers: [{ url: serverUrl }],
    security: [{ bearerToken: [] }, { sessionCookie: [] }],
    tags: ENDPOINT_TAGS.map((name) => ({ name })),
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
    },
  });
}
