import type { APIRequestContext } from "@playwright/test";
import { DEMO_ARTICLE } from "@/lib/demo/seed-demo";

export { createTestWorkspace, TEST_PASSWORD } from "@/lib/testing/factories";

export async function findDemoArticle(request: APIRequestContext) {
  const { articles } = await (await request.get("/api/v1/articles")).json();
  const summary = articles.find((a: { title: string }) => a.title === DEMO_ARTICLE.title);
  return (await (await request.get(`/api/v1/articles/${summary.id}`)).json()) as {
    id: string;
    text: string;
    headings: number[];
    title: string;
  };
}
