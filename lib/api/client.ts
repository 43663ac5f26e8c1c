import type { z } from "zod";
import type { ErrorCode } from "@/lib/errors";
import type { AnyEndpoint, PathParamNames } from "./endpoint";
import { ZErrorBody } from "./error-shape";

// The browser's way to call /api/v1: components pass an endpoint definition and its input, and get
// the answer parsed with the definition's response schema, or one typed refusal.

type Present<K extends string, T> = T extends z.ZodType ? { [P in K]: z.input<T> } : { [P in K]?: never };

/** What a call sends: path parameters by name, the query string and the JSON body, as the definition says. */
export type CallInput<E extends AnyEndpoint> = ([PathParamNames<E["path"]>] extends [never]
  ? { params?: never }
  : { params: Record<PathParamNames<E["path"]>, string> }) &
  Present<"query", E["query"]> &
  Present<"body", E["body"]>;

/** A refusal in one shape: the API's error (`current` parsed with the endpoint's schema on a 409), or no answer. */
export type ApiFailure<E extends AnyEndpoint = AnyEndpoint> = {
  status: number;
  code: ErrorCode | "network";
  message: string;
  fields: Record<string, string>;
  current?: E["current"] extends z.ZodType ? z.output<E["current"]> : never;
};

export type ApiResult<E extends AnyEndpoint> =
  | { ok: true; data: E["response"] extends z.ZodType ? z.output<E["response"]> : never }
  | { ok: false; failure: ApiFailure<E> };

/** `network`: the message for "no usable answer" (offline, or an answer the schema refuses), in the UI's words. */
export type CallOptions = { signal?: AbortSignal; keepalive?: boolean; network?: string };

/** `/api/v1/claims/c1?x=1` for the endpoint `/claims/{id}` with `{params: {id: "c1"}, query: {x: 1}}`. */
export function urlOf(endpoint: AnyEndpoint, params: Record<string, string> = {}, query: object = {}): string {
  const path = endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name]));
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  const qs = search.toString();
  return `/api/v1${path}${qs ? `?${qs}` : ""}`;
}

const noAnswer = (status: number, message = ""): ApiFailure => ({ status, code: "network", message, fields: {} });

/**
 * Calls a JSON endpoint. Never throws: a network failure is `code: "network"` with an empty message
 * (the component words it), a refusal is the API's error in the reader's language.
 */
export async function callApi<E extends AnyEndpoint>(
  endpoint: E,
  input: CallInput<E>,
  options: CallOptions = {},
): Promise<ApiResult<E>> {
  const { params, query, body } = input as { params?: Record<string, string>; query?: object; body?: unknown };
  const { network, ...init } = options;
  let response: Response;
  try {
    response = await fetch(urlOf(endpoint, params, query), {
      method: endpoint.method,
      headers: body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: "no-store",
      ...init,
    });
  } catch {
    return { ok: false, failure: noAnswer(0, network) };
  }
  const json: unknown = await response.json().catch(() => undefined);
  const unreadable = {
    ok: false as const,
    failure: { ...noAnswer(response.status, network), code: "internal" as const },
  };
  if (response.ok) {
    const parsed = endpoint.response?.safeParse(json);
    return parsed?.success ? { ok: true, data: parsed.data as never } : unreadable;
  }
  const refusal = ZErrorBody.safeParse(json);
  if (!refusal.success) return unreadable;
  const { code, message, fields = {}, current } = refusal.data.error;
  const parsedCurrent = current === undefined ? undefined : endpoint.current?.safeParse(current);
  return {
    ok: false,
    failure: {
      status: response.status,
      code,
      message,
      fields,
      ...(parsedCurrent?.success && { current: parsedCurrent.data as never }),
    },
  };
}

/** A refusal as an exception, for callers that undo optimistic changes in a catch. */
export class ApiError extends Error {
  constructor(readonly failure: ApiFailure) {
    super(failure.message || `HTTP ${failure.status}`);
    this.name = "ApiError";
  }
}

/** `callApi` that returns the answer or throws an ApiError. */
export async function requestApi<E extends AnyEndpoint>(
  endpoint: E,
  input: CallInput<E>,
  options?: CallOptions,
): Promise<Extract<ApiResult<E>, { ok: true }>["data"]> {
  const result = await callApi(endpoint, input, options);
  if (!result.ok) throw new ApiError(result.failure);
  return result.data;
}
