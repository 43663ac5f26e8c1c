import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { TArticleListItem } from "@/lib/articles/list-articles";
import { ClaimCounts } from "./claim-counts";

export async function ArticleTable({ articles }: { articles: TArticleListItem[] }) {
  const t = await getTranslations("articles");
  const format = await getFormatter();
  const day = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" });
  return (
    <table aria-label={t("title")}>
      <thead>
        <tr>
          <th scope="col">{t("columns.title")}</th>
          <th scope="col">{t("columns.language")}</th>
          <th scope="col">{t("columns.date")}</th>
          <th scope="col">{t("columns.added")}</th>
          <th scope="col">{t("columns.claims")}</th>
        </tr>
      </thead>
      <tbody>
        {articles.map((article) => (
          <tr key={article.id}>
            <td dir={article.direction} lang={article.language}>
              <Link href={`/articles/${article.id}`}>{article.title}</Link>
            </td>
            <td>{article.language}</td>
            <td>{article.publishedAt ? day(article.publishedAt) : t("noDate")}</td>
            <td>{day(article.createdAt)}</td>
            <td>
              <ClaimCounts counts={article.claims} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
