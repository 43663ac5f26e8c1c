import type { z } from "zod";
import type { Article, ArticleRevision } from "@/lib/db/generated/client";
import type { ZArticle, ZArticleSummary } from "./schemas";

export type TArticleSummary = z.infer<typeof ZArticleSummary>;
export type TArticle = z.infer<typeof ZArticle>;

export function toArticleSummary(article: Article): TArticleSummary {
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

export function toArticleJson(article: Article, revision: ArticleRevision): TArticle {
  return { ...toArticleSummary(article), text: revision.text, headings: revision.headings };
}
