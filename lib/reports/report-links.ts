import { getDb } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/permissions/actor";
import { ensureReportSlug } from "./report-slug";

/** For the article page: how many claims are published and, once one is, the public report's path. */
export async function getReportLinks(actor: Actor, articleId: string) {
  assertCan(actor, "readArticles");
  const article = await getDb().article.findFirst({
    where: { id: articleId, workspaceId: actor.workspaceId },
    select: { id: true },
  });
  if (!article) throw notFound("This article");
  const published = await getDb().claim.count({
    where: { workspaceId: actor.workspaceId, articleId, deletedAt: null, publications: { some: {} } },
  });
  if (published === 0) return { published, reportPath: null };
  return { published, reportPath: `/r/${await ensureReportSlug(getDb(), article.id)}` };
}
