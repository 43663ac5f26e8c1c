import { getDb } from "@/lib/db/client";
import type { Article, Prisma } from "@/lib/db/generated/client";
import { notFound } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/permissions/actor";
import { buildReport } from "./build-report";
import { listPublishedClaims } from "./published-claims";
import { ensureReportSlug } from "./report-slug";

async function assemble(article: Article, slug: string, claimIds?: string[], db: Prisma.TransactionClient = getDb()) {
  const [workspace, ratings, claims] = await Promise.all([
    db.workspace.findUniqueOrThrow({ where: { id: article.workspaceId } }),
    db.rating.findMany({ where: { workspaceId: article.workspaceId }, orderBy: [{ position: "asc" }, { key: "asc" }] }),
    listPublishedClaims(article.workspaceId, article.id, claimIds, db),
  ]);
  return buildReport({ article, workspace, ratings, claims, slug });
}

/** A member's report on an article (its published claims, or the chosen ones among them); gives the article its report address. */
export async function getArticleReport(actor: Actor, articleId: string, claimIds?: string[]) {
  assertCan(actor, "readArticles");
  const article = await getDb().article.findFirst({ where: { id: articleId, workspaceId: actor.workspaceId } });
  if (!article) throw notFound("This article");
  return assemble(article, await ensureReportSlug(getDb(), article.id), claimIds);
}

/** The public report: no sign-in, and nothing at all until at least one claim is published. */
export async function getPublicReport(slug: string) {
  const article = await getDb().article.findUnique({ where: { reportSlug: slug } });
  if (!article) throw notFound("This report");
  const report = await assemble(article, slug);
  if (report.claims.length === 0) throw notFound("This report");
  return report;
}

/** One published claim's report, read inside the publishing transaction (webhook payloads, lib/webhooks). */
export async function getPublishedClaimReport(tx: Prisma.TransactionClient, articleId: string, claimId: string) {
  const article = await tx.article.findUniqueOrThrow({ where: { id: articleId } });
  return assemble(article, await ensureReportSlug(tx, article.id), [claimId], tx);
}
