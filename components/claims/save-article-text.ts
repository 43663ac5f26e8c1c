import type { TErrorBody } from "@/lib/api/errors";
import type { TArticle } from "@/lib/articles/serialize";

export type TRevisionResult = { article: TArticle; reanchored: number; orphaned: number };

export async function saveArticleText(
  articleId: string,
  revision: number,
  content: { text: string; headings: number[] },
): Promise<TRevisionResult> {
  const response = await fetch(`/api/v1/articles/${articleId}`, {
    method: "PATCH",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ...content, revision }),
  });
  const json = await response.json();
  if (!response.ok) throw new Error((json as TErrorBody).error.message);
  return json as TRevisionResult;
}
