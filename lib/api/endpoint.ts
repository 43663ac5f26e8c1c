import { z } from "zod";
import type { Ability } from "@/lib/permissions/roles";

// Client-safe: zod schemas and metadata only. Components import definitions to call the API
// (lib/api/client.ts); route files bind them to data functions (lib/api/route.ts); the OpenAPI
// document and /settings/api are built from them (lib/api/openapi/).

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export const ENDPOINT_TAGS = ["articles", "claims", "review", "me", "workspace", "webhooks", "tokens", "meta"] as const;
export type EndpointTag = (typeof ENDPOINT_TAGS)[number];

/** `"/claims/{id}/sources/{sourceId}"` → `"id" | "sourceId"`. */
export type PathParamNames<P extends string> = P extends `${string}{${infer N}}${infer Rest}`
  ? N | PathParamNames<Rest>
  : never;

type ParamsSchema<P extends string> = z.ZodObject<{ [K in PathParamNames<P>]: z.ZodString }>;

/** A body that is not JSON (a file download, an event stream): documented by content type only. */
export type RawResponse = { contentType: string; description: string };

type EndpointSpec<P extends string, A extends Ability | null = Ability | null> = {
  method: HttpMethod;
  /** Relative to /api/v1, with `{param}` placeholders, e.g. `/claims/{id}/verdict`. */
  path: P;
  tag: EndpointTag;
  /**
   * What the caller's role must allow; `null`: public (no token or session). On a path without
   * parameters the route wrapper checks it before anything else. On one resource (`{id}`) the data
   * function checks it after finding the resource, so another workspace's id stays a 404.
   */
  ability: A;
  summary: { en: string; ar: string };
  description?: string;
  query?: z.ZodObject;
  body?: z.ZodType;
  bodyDescription?: string;
  /** The JSON answer as sent (dates as ISO strings): the client parses it, the server checks it in tests. */
  response?: z.ZodType;
  raw?: RawResponse;
  status?: 200 | 201;
  /** On a 409, `error.current`: the resource as it is now, to re-apply the change to. */
  current?: z.ZodType;
  /** Statuses beyond those every endpoint of its kind can answer (see openapi/document.ts). */
  errors?: readonly number[];
};

export type Endpoint<
  P extends string = string,
  Q extends z.ZodObject | undefined = z.ZodObject | undefined,
  B extends z.ZodType | undefined = z.ZodType | undefined,
  R extends z.ZodType | undefined = z.ZodType | undefined,
  A extends Ability | null = Ability | null,
> = Omit<EndpointSpec<P, A>, "query" | "body" | "response"> & {
  params: ParamsSchema<P>;
  query: Q;
  body: B;
  response: R;
  status: 200 | 201;
};

export type AnyEndpoint = Endpoint<
  string,
  z.ZodObject | undefined,
  z.ZodType | undefined,
  z.ZodType | undefined,
  Ability | null
>;

export const pathParamNames = (path: string) => [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

/**
 * One /api/v1 endpoint, defined once: the route handler, the OpenAPI document, /settings/api and the
 * browser client all derive from it. Path parameters are strings taken from `path`.
 */
export function defineEndpoint<
  const P extends string,
  Q extends z.ZodObject | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  R extends z.ZodType | undefined = undefined,
  const A extends Ability | null = Ability,
>(spec: EndpointSpec<P, A> & { query?: Q; body?: B; response?: R }): Endpoint<P, Q, B, R, A> {
  if (!spec.response === !spec.raw) throw new Error(`${spec.method} ${spec.path}: give either response or raw`);
  const shape = Object.fromEntries(pathParamNames(spec.path).map((name) => [name, z.string()]));
  return {
    ...spec,
    params: z.object(shape) as unknown as ParamsSchema<P>,
    query: spec.query as Q,
    body: spec.body as B,
    response: spec.response as R,
    status: spec.status ?? 200,
  };
}

export type ParamsOf<E extends AnyEndpoint> = z.output<E["params"]>;
export type QueryOf<E extends AnyEndpoint> = E["query"] extends z.ZodType ? z.output<E["query"]> : undefined;
export type BodyOf<E extends AnyEndpoint> = E["body"] extends z.ZodType ? z.output<E["body"]> : undefined;
export type ResponseOf<E extends AnyEndpoint> = E["response"] extends z.ZodType ? z.output<E["response"]> : Response;
