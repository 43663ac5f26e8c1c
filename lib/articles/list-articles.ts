import { getDb } from "@/lib/db/client";
import type { ClaimStatus } from "@/lib/db/generated/enums";
import { assertCan, type Actor } from "@/lib/permissions/actor";
import { findArticleIdsMatching } from "./search-articles";
import { toArticleSummary } from "./serialize";

export type TClaimCounts = { total: number; orphaned: number; byStatus: Partial<Record<ClaimStatus, number>> };

async function countClaims(actor: Actor, articleIds: string[]): Promise<Map<string, TClaimCounts>> {
  const groups = await getDb().claim.groupBy({
    by: ["articleId", "status", "anchored"],
    where: { workspaceId: actor.workspaceId, articleId: { in: articleIds }, deletedAt: null },
    _count: { _all: true },
  });
  const counts = new Map<string, TClaimCounts>();
  for (const group of groups) {
    const entry = counts.get(group.articleId) ?? { total: 0, orphaned: 0, byStatus: {} };
    entry.total += group._count._all;
    if (!group.anchored) entry.orphaned += group._count._all;
    entry.byStatus[group.status] = (entry.byStatus[group.status] ?? 0) + group._count._all;
    counts.set(group.articleId, entry);
  }
  return counts;
}

/** The workspace's articles, newest first, each with its claim counts per status; `query` searches them. */
export async function listArticles(actor: Actor, query?: string) {
  assertCan(actor, "readArticles");
  const matching = query?.trim() ? await findArticleIdsMatching(actor, query) : undefined;
  const articles = await getDb().article.findMany({
    where: { workspaceId: actor.workspaceId, ...(matching ? { id: { in: matching } } : {}) },
    orderBy: { createdAt: "desc" },
    take: 500,
  });
  const counts = await countClaims(
    actor,
    articles.map((a) => a.id),
  );
  return articles.map((article) => ({
    ...toArticleSummary(article),
    claims: counts.get(article.id) ?? { total: 0, orphaned: 0, byStatus: {} },
  }));
}

export type TArticleListItem = Awaited<ReturnType<typeof listArticles>>[number];
