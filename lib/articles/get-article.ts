import { getDb } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/permissions/actor";
import { toArticleJson } from "./serialize";

/** The article and its current revision; another workspace's article is "not found", never "forbidden". */
export async function findArticleWithText(actor: Actor, id: string) {
  assertCan(actor, "readArticles");
  const article = await getDb().article.findFirst({ where: { id, workspaceId: actor.workspaceId } });
  if (!article) throw notFound("This article");
  const revision = await getDb().articleRevision.findUniqueOrThrow({
    where: { articleId_number: { articleId: article.id, number: article.revision } },
  });
  return { article, revision };
}

export async function getArticle(actor: Actor, id: string) {
  const { article, revision } = await findArticleWithText(actor, id);
  return toArticleJson(article, revision);
}
