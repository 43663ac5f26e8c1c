import { getTranslations } from "next-intl/server";
import { ArticleTable } from "@/components/articles/article-table";
import { listArticles } from "@/lib/articles/list-articles";
import { requirePageActor } from "@/lib/auth/current-actor";

export async function generateMetadata() {
  return { title: (await getTranslations("articles"))("title") };
}

export default async function ArticlesPage() {
  const articles = await listArticles(await requirePageActor());
  const t = await getTranslations("articles");
  return (
    <>
      <h1>{t("title")}</h1>
      {articles.length === 0 ? <p className="card">{t("empty")}</p> : <ArticleTable articles={articles} />}
    </>
  );
}
