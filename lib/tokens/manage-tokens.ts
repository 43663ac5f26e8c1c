import { getDb } from "@/lib/db/client";
import type { ApiToken } from "@/lib/db/generated/client";
import { forbidden, notFound } from "@/lib/errors";
import { errorText } from "@/lib/i18n/error-text";
import { canRevokeToken } from "@/lib/permissions/rules";
import { assertCan, type Actor } from "@/lib/permissions/actor";
import type { TCreateToken, TTokenJson } from "./schemas";
import { newTokenSecret } from "./secret";

const DAY_MS = 24 * 60 * 60 * 1000;

export function toTokenJson(token: ApiToken): TTokenJson {
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    createdAt: token.createdAt.toISOString(),
    expiresAt: token.expiresAt.toISOString(),
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
    expired: token.expiresAt <= new Date(),
  };
}

// A token cannot mint or revoke tokens: a leaked one must not be able to outlive its own expiry.
function assertSession(actor: Actor) {
  if (actor.tokenId) throw forbidden(errorText("tokenNeedsSession"));
}

/** The signed-in member's own tokens in this workspace, newest first (revoked ones included, marked). */
export async function listTokens(actor: Actor) {
  assertCan(actor, "readArticles");
  const tokens = await getDb().apiToken.findMany({
    where: { workspaceId: actor.workspaceId, userId: actor.userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return { tokens: tokens.map(toTokenJson) };
}

/** Creates a token for the member in this workspace; the secret is in this answer and nowhere else, ever. */
export async function createToken(actor: Actor, { name, expiresInDays }: TCreateToken) {
  assertCan(actor, "readArticles");
  assertSession(actor);
  const { secret, hash, prefix } = newTokenSecret();
  const token = await getDb().apiToken.create({
    data: {
      workspaceId: actor.workspaceId,
      userId: actor.userId,
      name,
      hash,
      prefix,
      expiresAt: new Date(Date.now() + expiresInDays * DAY_MS),
    },
  });
  return { token: toTokenJson(token), secret };
}

/** Revokes one of my tokens (admins: any token of the workspace). Revoking twice keeps the first date. */
export async function revokeToken(actor: Actor, id: string) {
  assertSession(actor);
  const db = getDb();
  const token = await db.apiToken.findFirst({ where: { id, workspaceId: actor.workspaceId } });
  // Someone else's token is not found rather than forbidden: its existence is not yours to learn.
  if (!token || !canRevokeToken(actor, token)) throw notFound("This token");
  const revoked = token.revokedAt
    ? token
    : await db.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
  return { token: toTokenJson(revoked) };
}
