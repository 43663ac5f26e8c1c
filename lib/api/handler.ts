import type { z } from "zod";
import { requireRequestActor } from "@/lib/auth/request-actor";
import type { Actor } from "@/lib/permissions/actor";
import { localeOfRequest } from "@/lib/i18n/request-locale";
import { refuseCrossSiteWrite } from "@/lib/security/same-origin";
import { errorResponse } from "./errors";
import { readJsonBody } from "./read-json";

type RouteContext = { params: Promise<Record<string, string>> };
type Handler<B> = (input: {
  actor: Actor;
  params: Record<string, string>;
  body: B;
  request: Request;
}) => Promise<unknown>;

/**
 * The one wrapper for /api/v1 handlers: resolves the acting user (bearer token or session), parses the
 * body with zod when a schema is given, and maps every failure to the error shape.
 */
export function apiRoute<S extends z.ZodType | undefined = undefined>(
  bodySchema: S,
  handle: Handler<S extends z.ZodType ? z.infer<S> : undefined>,
  status = 200,
) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    try {
      refuseCrossSiteWrite(request);
      const actor = await requireRequestActor(request);
      const params = await context.params;
      const body = bodySchema ? bodySchema.parse(await readJsonBody(request)) : undefined;
      const result = await handle({ actor, params, body: body as never, request });
      return result instanceof Response ? result : Response.json(result, { status });
    } catch (error) {
      return errorResponse(error, localeOfRequest(request));
    }
  };
}
