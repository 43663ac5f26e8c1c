import type { Article, ArticleRevision } from "@/lib/db/generated/client";

export function toArticleSummary(article: Article) {
  return {
    id: article.id,
    title: article.title,
    language: article.language,
    direction: article.direction,
    revision: article.revision,
    createdById: article.createdById,
    sourceUrl: article.sourceUrl,
    publisher: article.publisher,
    publishedAt: article.publishedAt?.toISOString().slice(0, 10) ?? null,
    createdAt: article.createdAt.toISOString(),
    updatedAt: article.updatedAt.toISOString(),
  };
}

export function toArticleJson(article: Article, revision: ArticleRevision) {
  return { ...toArticleSummary(article), text: revision.text, headings: revision.headings };
}

export type TArticleSummary = ReturnType<typeof toArticleSummary>;
export type TArticle = ReturnType<typeof toArticleJson>;
