import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/error-text";
import type { Actor } from "@/lib/permissions/actor";
import { hashTokenSecret, looksLikeTokenSecret } from "./secret";

// Writing lastUsedAt on every request would turn each read into a write; a minute is precise enough.
const LAST_USED_PRECISION_MS = 60_000;

const refuse = (key: Parameters<typeof errorText>[0]) => new AppError("unauthenticated", errorText(key));

/**
 * The actor a bearer token stands for: its user in its workspace with the role they have there NOW,
 * so a demoted member's token is demoted too and a removed member's token stops working.
 */
export async function actorFromToken(secret: string, now = new Date()): Promise<Actor> {
  if (!looksLikeTokenSecret(secret)) throw refuse("tokenInvalid");
  const db = getDb();
  const token = await db.apiToken.findUnique({ where: { hash: hashTokenSecret(secret) } });
  if (!token) throw refuse("tokenInvalid");
  if (token.revokedAt) throw refuse("tokenRevoked");
  if (token.expiresAt <= now) throw refuse("tokenExpired");
  const membership = await db.membership.findUnique({
    where: { workspaceId_userId: { workspaceId: token.workspaceId, userId: token.userId } },
  });
  if (!membership) throw refuse("tokenNotMember");
  await db.apiToken.updateMany({
    where: {
      id: token.id,
      OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_PRECISION_MS) } }],
    },
    data: { lastUsedAt: now },
  });
  return { userId: token.userId, workspaceId: token.workspaceId, role: membership.role, tokenId: token.id };
}
