import { requestApi } from "@/lib/api/client";
import { ARTICLE_API } from "@/lib/api/endpoints/articles";

/** Saves edited text as a new revision; the answer says how many claims followed their words. Throws ApiError. */
export function saveArticleText(articleId: string, revision: number, content: { text: string; headings: number[] }) {
  return requestApi(ARTICLE_API.update, { params: { id: articleId }, body: { ...content, revision } });
}

export type TRevisionResult = Awaited<ReturnType<typeof saveArticleText>>;
