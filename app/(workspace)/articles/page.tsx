import { getTranslations } from "next-intl/server";
import { ArticleSearch } from "@/components/articles/article-search";
import { ArticleTable } from "@/components/articles/article-table";
import { listArticles } from "@/lib/articles/list-articles";
import { requirePageActor } from "@/lib/auth/current-actor";

export async function generateMetadata() {
  return { title: (await getTranslations("articles"))("title") };
}

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const query = ((await searchParams).q ?? "").slice(0, 200);
  const articles = await listArticles(await requirePageActor(), query);
  const t = await getTranslations("articles");
  return (
    <>
      <div className="page-title">
        <h1>{t("title")}</h1>
        <ArticleSearch query={query} />
      </div>
      {articles.length === 0 ? (
        <p className="card">{query ? t("noMatch", { query }) : t("empty")}</p>
      ) : (
        <ArticleTable articles={articles} />
      )}
    </>
  );
}
