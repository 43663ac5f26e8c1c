import type { z } from "zod";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * One /api/v1 endpoint as documented. `body` and `query` are the very zod schemas the route parses
 * with, so the document cannot describe fields the server does not accept.
 */
export type Endpoint = {
  method: HttpMethod;
  /** Relative to /api/v1, with `{param}` placeholders, e.g. `/claims/{id}/verdict`. */
  path: string;
  tag: EndpointTag;
  summary: string;
  description?: string;
  body?: z.ZodType;
  bodyDescription?: string;
  query?: z.ZodObject;
  success: { status: number; description: string; contentType?: string };
  /** Statuses beyond those every endpoint of its kind can answer (see document.ts). */
  errors?: readonly number[];
  /** Answered without a token or session. */
  public?: boolean;
};

export const ENDPOINT_TAGS = ["articles", "claims", "review", "me", "workspace", "webhooks", "tokens", "meta"] as const;

export type EndpointTag = (typeof ENDPOINT_TAGS)[number];
