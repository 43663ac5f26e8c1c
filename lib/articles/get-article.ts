import { getDb } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/permissions/actor";
import { toArticleJson } from "./serialize";

/** The article at its current revision; another workspace's article is "not found", never "forbidden". */
export async function getArticle(actor: Actor, id: string) {
  assertCan(actor, "readArticles");
  const article = await getDb().article.findFirst({ where: { id, workspaceId: actor.workspaceId } });
  if (!article) throw notFound("This article");
  const revision = await getDb().articleRevision.findUniqueOrThrow({
    where: { articleId_number: { articleId: article.id, number: article.revision } },
  });
  return toArticleJson(article, revision);
}
