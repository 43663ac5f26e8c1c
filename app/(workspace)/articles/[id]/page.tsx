import { notFound } from "next/navigation";
import { ArticleHeader } from "@/components/articles/article-header";
import { ArticleWorkspace } from "@/components/claims/article-workspace";
import { ReportLinks } from "@/components/reports/report-links";
import { getArticle } from "@/lib/articles/get-article";
import { canEditArticle } from "@/lib/articles/update-article";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listClaims } from "@/lib/claims/list-claims";
import { getReportLinks } from "@/lib/reports/report-links";
import { AppError } from "@/lib/errors";
import { getLatestEventId } from "@/lib/events/list-events";
import type { Actor } from "@/lib/permissions/actor";
import { roleCan } from "@/lib/permissions/roles";
import { getMemberNames } from "@/lib/workspaces/member-names";

async function load(actor: Actor, id: string) {
  try {
    // The cursor is read first so no event between it and the claims is lost.
    const cursor = await getLatestEventId(actor, id);
    const article = await getArticle(actor, id);
    return { article, cursor, claims: await listClaims(actor, id), report: await getReportLinks(actor, id) };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const article = await getArticle(await requirePageActor(), (await params).id).catch(() => null);
  return { title: article?.title };
}

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor();
  const { article, cursor, claims, report } = await load(actor, (await params).id);
  const names = await getMemberNames(actor);
  const rights = {
    userId: actor.userId,
    canCreate: roleCan(actor.role, "createClaims"),
    canDeleteAny: roleCan(actor.role, "deleteAnyClaim"),
    canEditText: canEditArticle(actor, { createdById: article.createdById }),
  };
  return (
    <article className="article" data-article-id={article.id}>
      <div className="card">
        <ArticleHeader article={article} />
        <ReportLinks articleId={article.id} {...report} />
      </div>
      <ArticleWorkspace key={article.id} article={article} initialClaims={claims} eventCursor={cursor.toString()} names={names} rights={rights} />
    </article>
  );
}
