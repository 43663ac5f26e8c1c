import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/error-text";

// Cross-site request forgery: a browser attaches the session cookie to a form another page submits.
// SameSite=Lax keeps other sites out, but not a page on another port of the same host, which once made
// an attacker an admin with a text/plain form. So a write that rides on the cookie must say it comes
// from Sanad's own pages (Origin, Sec-Fetch-Site: every current browser sends one of them on a write)
// and, when it carries a body, must be JSON (which a form cannot send, and a script on another origin
// cannot send without a CORS preflight that Sanad never grants). Bearer tokens are not sent by
// browsers on their own, so token calls are exempt.

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

/** host:port of the app as the browser addressed it, and as configured (NEXTAUTH_URL). */
function ownHosts(request: Request): string[] {
  const hosts = [request.headers.get("host"), new URL(request.url).host];
  const configured = process.env.NEXTAUTH_URL;
  if (configured && URL.canParse(configured)) hosts.push(new URL(configured).host);
  return hosts.filter((host): host is string => Boolean(host)).map((host) => host.toLowerCase());
}

/** False when the browser says the request comes from another origin; true when it says nothing (not a browser). */
export function isSameOriginRequest(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin" && site !== "none") return false;
  const origin = request.headers.get("origin");
  if (origin === null) return true;
  if (!URL.canParse(origin)) return false;
  return ownHosts(request).includes(new URL(origin).host.toLowerCase());
}

const hasBody = (request: Request) =>
  Number(request.headers.get("content-length") ?? 0) > 0 || request.headers.has("transfer-encoding");

const isJson = (request: Request) =>
  /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(request.headers.get("content-type") ?? "");

/**
 * Throws unless a cookie-authenticated write comes from Sanad's own origin and, with a body, declares
 * JSON. Reads and Bearer-token calls pass. Call it before the actor is resolved.
 */
export function refuseCrossSiteWrite(request: Request): void {
  if (READS.has(request.method) || request.headers.has("authorization")) return;
  if (!isSameOriginRequest(request)) throw new AppError("forbidden", errorText("crossSiteWrite"));
  if (hasBody(request) && !isJson(request)) throw new AppError("unsupported_media_type", errorText("jsonRequired"));
}
