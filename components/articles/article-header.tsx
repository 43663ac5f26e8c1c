import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { TArticle } from "@/lib/articles/serialize";

export async function ArticleHeader({ article }: { article: TArticle }) {
  const t = await getTranslations("articles");
  const format = await getFormatter();
  return (
    <header className="article-header">
      <p>
        <Link href="/articles">{t("back")}</Link>
      </p>
      <h1 dir={article.direction} lang={article.language}>
        {article.title}
      </h1>
      <dl className="article-meta">
        {article.publisher && (
          <div>
            <dt>{t("publisher")}</dt>
            <dd dir="auto">{article.publisher}</dd>
          </div>
        )}
        {article.publishedAt && (
          <div>
            <dt>{t("columns.date")}</dt>
            <dd>{format.dateTime(new Date(article.publishedAt), { dateStyle: "long" })}</dd>
          </div>
        )}
        {article.sourceUrl && (
          <div>
            <dt>{t("source")}</dt>
            <dd>
              <a href={article.sourceUrl} rel="noopener noreferrer nofollow" target="_blank" dir="ltr">
                {new URL(article.sourceUrl).hostname}
              </a>
            </dd>
          </div>
        )}
        <div>
          <dt className="visually-hidden">{t("revision", { number: article.revision })}</dt>
          <dd>{t("revision", { number: article.revision })}</dd>
        </div>
      </dl>
    </header>
  );
}
