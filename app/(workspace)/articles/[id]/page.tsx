import { notFound } from "next/navigation";
import { ArticleHeader } from "@/components/articles/article-header";
import { ArticleReader } from "@/components/articles/article-reader";
import { getArticle } from "@/lib/articles/get-article";
import { requirePageActor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/errors";

async function loadArticle(id: string) {
  try {
    return await getArticle(await requirePageActor(), id);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const article = await loadArticle((await params).id);
  return { title: article.title };
}

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const article = await loadArticle((await params).id);
  return (
    <article className="card article" data-article-id={article.id}>
      <ArticleHeader article={article} />
      <ArticleReader text={article.text} headings={article.headings} language={article.language} direction={article.direction} />
    </article>
  );
}
