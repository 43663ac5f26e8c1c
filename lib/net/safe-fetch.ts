import http from "node:http";
import https from "node:https";
import {
  defaultAddressPolicy,
  guardedLookup,
  isRefusedHost,
  RefusedAddressError,
  type AddressPolicy,
} from "./address-policy";

// The one way Sanad's server fetches a URL someone gave it (webhooks, imports by link, snapshots):
// http(s) only, no credentials in the URL, every address checked (literal hosts before connecting,
// names in the socket's DNS lookup), redirects followed by hand so each hop is checked again, one
// deadline for the whole exchange and a cap on the bytes read. Failures are SafeFetchError with a reason
// code callers can translate; none of them carries what an internal address answered.

export type SafeFetchReason =
  | "invalid_url" // not an absolute http(s) URL, or one with a user name or password
  | "refused_address" // localhost, a private or reserved address, or a name resolving to one
  | "too_many_redirects"
  | "bad_redirect" // a Location that is missing or not http(s)
  | "timeout"
  | "too_large"
  | "network"; // DNS failure, connection refused or reset, TLS error

export class SafeFetchError extends Error {
  constructor(
    readonly reason: SafeFetchReason,
    message: string,
  ) {
    super(message);
    this.name = "SafeFetchError";
  }
}

export type SafeFetchOptions = {
  method?: "GET" | "HEAD" | "POST";
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** 0: a 3xx answer is returned as it is. */
  maxRedirects?: number;
  /** For the whole exchange, redirects included. */
  timeoutMs?: number;
  /** Bytes of body read at most; more is a "too_large" failure. */
  maxBytes?: number;
  /** false: answer as soon as the status and headers arrive, with an empty body (webhooks read no more). */
  readBody?: boolean;
  /** Which addresses may be reached; by default none that is private or reserved unless SANAD_ALLOW_PRIVATE_FETCH=1. */
  allowAddress?: AddressPolicy;
};

export type SafeFetchResult = {
  /** The URL that answered, after redirects. */
  url: string;
  status: number;
  /** Lower-case names; repeated headers joined with ", " (set-cookie dropped). */
  headers: Record<string, string>;
  body: Buffer;
  /** The URLs redirected through, in order. */
  redirects: string[];
};

const DEFAULTS = { maxRedirects: 5, timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024 };
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function checkUrl(raw: string, base: URL | undefined, allowed: AddressPolicy, reason: SafeFetchReason): URL {
  if (!URL.canParse(raw, base)) throw new SafeFetchError(reason, "The address is not a valid URL.");
  const url = new URL(raw, base);
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new SafeFetchError(reason, "Only http:// and https:// addresses can be fetched.");
  if (url.username || url.password)
    throw new SafeFetchError(reason, "Addresses with a user name or password are refused.");
  if (isRefusedHost(url, allowed))
    throw new SafeFetchError("refused_address", "The address is local, private or reserved.");
  return url;
}

type Exchange = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

function exchange(
  url: URL,
  options: Required<Pick<SafeFetchOptions, "maxBytes">> & SafeFetchOptions,
  signal: AbortSignal,
) {
  const client = url.protocol === "https:" ? https : http;
  const body = options.body === undefined ? undefined : Buffer.from(options.body);
  return new Promise<Exchange>((resolve, reject) => {
    const request = client.request(url, {
      method: options.method ?? "GET",
      headers: {
        "user-agent": "Sanad/1",
        "accept-encoding": "identity",
        ...options.headers,
        ...(body ? { "content-length": String(body.byteLength) } : {}),
      },
      lookup: guardedLookup(options.allowAddress ?? defaultAddressPolicy),
      signal,
    });
    request.on("error", reject);
    request.on("response", (response) => {
      if (options.readBody === false) {
        response.destroy();
        return resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.alloc(0) });
      }
      const declared = Number(response.headers["content-length"] ?? 0);
      if (declared > options.maxBytes) {
        response.destroy();
        return reject(new SafeFetchError("too_large", `The answer is larger than ${options.maxBytes} bytes.`));
      }
      const chunks: Buffer[] = [];
      let size = 0;
      response.on("data", (chunk: Buffer) => {
        size += chunk.byteLength;
        if (size > options.maxBytes) {
          response.destroy();
          reject(new SafeFetchError("too_large", `The answer is larger than ${options.maxBytes} bytes.`));
        } else chunks.push(chunk);
      });
      response.on("error", reject);
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    request.end(body);
  });
}

function toFailure(error: unknown, timeoutMs: number): SafeFetchError {
  if (error instanceof SafeFetchError) return error;
  const { name, code, cause } = error as { name?: string; code?: string; cause?: unknown };
  if (error instanceof RefusedAddressError || cause instanceof RefusedAddressError || code === "EREFUSEDADDRESS")
    return new SafeFetchError("refused_address", "The address is local, private or reserved.");
  if (name === "AbortError" || name === "TimeoutError")
    return new SafeFetchError("timeout", `No complete answer within ${timeoutMs / 1000} s.`);
  return new SafeFetchError("network", `The server could not be reached (${code ?? name ?? "error"}).`);
}

function flatten(headers: http.IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined && name !== "set-cookie") flat[name] = Array.isArray(value) ? value.join(", ") : value;
  return flat;
}

/** Fetches `target` under the rules above; resolves with the final answer or rejects with a SafeFetchError. */
export async function safeFetch(target: string, options: SafeFetchOptions = {}): Promise<SafeFetchResult> {
  const settings = { ...DEFAULTS, ...options };
  const allowed = settings.allowAddress ?? defaultAddressPolicy;
  const signal = AbortSignal.timeout(settings.timeoutMs);
  let url = checkUrl(target, undefined, allowed, "invalid_url");
  let request: SafeFetchOptions = settings;
  const redirects: string[] = [];
  for (;;) {
    const answer = await exchange(url, { ...settings, ...request }, signal).catch((error: unknown) => {
      throw toFailure(error, settings.timeoutMs);
    });
    const location = answer.headers.location;
    if (!REDIRECTS.has(answer.status) || settings.maxRedirects === 0)
      return {
        url: url.toString(),
        status: answer.status,
        headers: flatten(answer.headers),
        body: answer.body,
        redirects,
      };
    if (redirects.length >= settings.maxRedirects)
      throw new SafeFetchError("too_many_redirects", `More than ${settings.maxRedirects} redirects.`);
    if (!location) throw new SafeFetchError("bad_redirect", "A redirect without a Location.");
    const next = checkUrl(location, url, allowed, "bad_redirect");
    // A redirect to another origin does not carry credentials; 303 (and 301/302 after a POST) becomes a GET.
    const keepsMethod = answer.status === 307 || answer.status === 308;
    const headers = next.origin === url.origin ? request.headers : withoutCredentials(request.headers);
    request = keepsMethod ? { ...request, headers } : { ...request, headers, method: "GET", body: undefined };
    redirects.push(url.toString());
    url = next;
  }
}

function withoutCredentials(headers: Record<string, string> | undefined) {
  if (!headers) return headers;
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => !["authorization", "cookie"].includes(name.toLowerCase())),
  );
}
