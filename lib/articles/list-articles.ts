import { getDb } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/permissions/actor";
import { toArticleSummary } from "./serialize";

export async function listArticles(actor: Actor) {
  assertCan(actor, "readArticles");
  const articles = await getDb().article.findMany({
    where: { workspaceId: actor.workspaceId },
    orderBy: { createdAt: "desc" },
    take: 500,
  });
  return articles.map(toArticleSummary);
}
