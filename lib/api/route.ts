import { requireRequestActor } from "@/lib/auth/request-actor";
import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/error-text";
import type { Locale } from "@/lib/i18n/locales";
import { localeOfRequest } from "@/lib/i18n/request-locale";
import { assertCan, type Actor } from "@/lib/permissions/actor";
import { HTTP_METHODS, type AnyEndpoint, type BodyOf, type HttpMethod, type ParamsOf, type QueryOf } from "./endpoint";
import { errorResponse, zodMessages } from "./errors";
import { readJsonBody } from "./read-json";
import { jsonResponse } from "./respond";
import { vetRequest } from "./vet-request";

// Next passes each dynamic segment: a string, or a list for a catch-all (`[...path]`).
type RouteContext = { params: Promise<Record<string, string | string[]>> };
type Answer = (request: Request, context: RouteContext) => Promise<Response>;
/** What a route file exports per method; `endpoint` is the definition it serves (none for 405s and 404s). */
export type RouteHandler = Answer & { endpoint?: AnyEndpoint; wrapped: true };

const wrap = (answer: Answer, endpoint?: AnyEndpoint): RouteHandler =>
  Object.assign(answer, { endpoint, wrapped: true as const });

type Input<E extends AnyEndpoint> = {
  actor: E["ability"] extends null ? null : Actor;
  params: ParamsOf<E>;
  query: QueryOf<E>;
  body: BodyOf<E>;
  /** The reader's language (cookie, else Accept-Language), for texts an answer carries. */
  locale: Locale;
  request: Request;
};

// Raw endpoints (files, streams) answer with a Response of their own; JSON ones with data to check and send.
type Output<E extends AnyEndpoint> = E["response"] extends undefined ? Response : unknown;

const queryOf = (request: Request) => Object.fromEntries(new URL(request.url).searchParams);

/**
 * The one wrapper for /api/v1 handlers, driven by the endpoint's definition: vets the raw request,
 * resolves the actor (bearer token or session), checks the ability, parses path parameters, query
 * string and JSON body with the definition's schemas, calls the data function and maps every failure
 * to the error shape in the reader's language.
 */
export function handle<E extends AnyEndpoint>(endpoint: E, run: (input: Input<E>) => Promise<Output<E>>): RouteHandler {
  return wrap(async (request, context) => {
    const locale = localeOfRequest(request);
    const checked = { error: zodMessages(locale) };
    try {
      vetRequest(request, endpoint);
      const actor = endpoint.ability === null ? null : await requireRequestActor(request);
      if (actor && endpoint.ability && !endpoint.path.includes("{")) assertCan(actor, endpoint.ability);
      // Next gives a route without dynamic segments no params at all.
      const params = endpoint.params.parse((await context?.params) ?? {}, checked);
      const query = endpoint.query ? endpoint.query.parse(queryOf(request), checked) : undefined;
      const body = endpoint.body ? endpoint.body.parse(await readJsonBody(request), checked) : undefined;
      const result = await run({ actor, params, query, body, locale, request } as Input<E>);
      if (!endpoint.response) return result as Response;
      return jsonResponse(endpoint, result);
    } catch (error) {
      return errorResponse(error, locale);
    }
  }, endpoint);
}

export type RouteMethods = Record<HttpMethod | "OPTIONS", RouteHandler>;

/**
 * A route file's exports: its handlers, one per method, plus a JSON 405 (with `Allow`) for every method
 * the path does not support, and OPTIONS. All handlers must share one path.
 */
export function route(...handlers: RouteHandler[]): RouteMethods {
  const paths = new Set(handlers.map((h) => h.endpoint?.path));
  if (paths.size !== 1) throw new Error(`route(): handlers of one path expected, got ${[...paths].join(", ")}`);
  const byMethod = new Map(handlers.map((h) => [h.endpoint!.method, h]));
  const allow = [...HTTP_METHODS.filter((m) => byMethod.has(m)), "OPTIONS"];
  if (byMethod.has("GET")) allow.push("HEAD");
  const allowHeader = allow.join(", ");
  const notAllowed = wrap(async (request) => {
    const response = errorResponse(
      new AppError(
        "method_not_allowed",
        errorText("methodNotAllowed", { method: request.method, allowed: allowHeader }),
      ),
      localeOfRequest(request),
    );
    response.headers.set("allow", allowHeader);
    return response;
  });
  const options = wrap(async () => new Response(null, { status: 204, headers: { allow: allowHeader } }));
  const methods = Object.fromEntries(HTTP_METHODS.map((m) => [m, byMethod.get(m) ?? notAllowed]));
  return { ...methods, OPTIONS: options } as RouteMethods;
}

/** The catch-all: every method of an unknown path answers 404 in the error shape, not with an HTML page. */
export function unknownPathRoute(): RouteMethods {
  const notFound = wrap(async (request) =>
    errorResponse(new AppError("not_found", errorText("noSuchEndpoint")), localeOfRequest(request)),
  );
  return Object.fromEntries([...HTTP_METHODS, "OPTIONS"].map((m) => [m, notFound])) as RouteMethods;
}
