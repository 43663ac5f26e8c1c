import { actorFromToken } from "@/lib/tokens/authenticate-token";
import type { Actor } from "@/lib/permissions/actor";
import { requireActor } from "./current-actor";

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

/**
 * The actor of an API request: `Authorization: Bearer <token>` when the header is there (a bad token is
 * a 401, never a fall-back to the cookie), else the browser session. Tokens never create sessions.
 */
export async function requireRequestActor(request: Request): Promise<Actor> {
  const header = request.headers.get("authorization");
  if (header === null) return requireActor();
  return actorFromToken(BEARER.exec(header)?.[1] ?? "");
}
