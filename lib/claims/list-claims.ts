import { findArticleWithText } from "@/lib/articles/get-article";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/permissions/actor";
import { toClaimJson } from "./serialize";

/** The article's live claims in reading order; orphaned ones (no place in the text) come last. */
export async function listClaims(actor: Actor, articleId: string) {
  await findArticleWithText(actor, articleId);
  const claims = await getDb().claim.findMany({
    where: { workspaceId: actor.workspaceId, articleId, deletedAt: null },
    orderBy: [{ anchored: "desc" }, { start: "asc" }, { end: "desc" }, { createdAt: "asc" }],
  });
  return claims.map(toClaimJson);
}
