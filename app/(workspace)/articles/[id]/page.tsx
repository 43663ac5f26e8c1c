import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ArticleHeader } from "@/components/articles/article-header";
import { ArticleWorkspace } from "@/components/claims/article-workspace";
import { ArticleText } from "@/components/reader/article-text";
import { ReportLinks } from "@/components/reports/report-links";
import { getArticle } from "@/lib/articles/get-article";
import { canEditArticle } from "@/lib/permissions/rules";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listClaims } from "@/lib/claims/list-claims";
import { getReportLinks } from "@/lib/reports/report-links";
import { AppError } from "@/lib/errors";
import { getLatestEventId } from "@/lib/events/list-events";
import type { Actor } from "@/lib/permissions/actor";
import { listMembers } from "@/lib/members/list-members";
import { roleCan } from "@/lib/permissions/roles";
import { getRatingScale } from "@/lib/ratings/get-rating-scale";

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

type PageProps = { params: Promise<{ id: string }>; searchParams: Promise<{ claim?: string | string[] }> };

export default async function ArticlePage({ params, searchParams }: PageProps) {
  const actor = await requirePageActor();
  const t = await getTranslations("reader");
  const { article, cursor, claims, report } = await load(actor, (await params).id);
  const [{ members }, scale] = await Promise.all([listMembers(actor), getRatingScale(actor)]);
  const names = Object.fromEntries(members.map((m) => [m.id, m.name]));
  const wanted = (await searchParams).claim;
  const openClaimId = claims.find((c) => c.id === wanted)?.id ?? null;
  const rights = {
    who: { userId: actor.userId, role: actor.role },
    canCreate: roleCan(actor.role, "createClaims"),
    canEditText: canEditArticle(actor, { createdById: article.createdById }),
  };
  return (
    <article className="article" data-article-id={article.id}>
      <div className="card">
        <ArticleHeader article={article} />
        <ReportLinks articleId={article.id} {...report} />
      </div>
      <ArticleWorkspace
        key={article.id}
        article={article}
        initialClaims={claims}
        eventCursor={cursor.toString()}
        names={names}
        members={members}
        rights={rights}
        ratings={scale.ratings}
        openClaimId={openClaimId}
      >
        <ArticleText
          text={article.text}
          headings={article.headings}
          language={article.language}
          direction={article.direction}
          label={t("label")}
        />
      </ArticleWorkspace>
    </article>
  );
}
