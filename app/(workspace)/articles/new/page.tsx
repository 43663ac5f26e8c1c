import { getTranslations } from "next-intl/server";
import { NewArticleForm } from "@/components/articles/new-article-form";
import { requireActor } from "@/lib/auth/current-actor";
import { assertCan } from "@/lib/permissions/actor";

export async function generateMetadata() {
  return { title: (await getTranslations("newArticle"))("title") };
}

export default async function NewArticlePage() {
  assertCan(await requireActor(), "createArticles");
  const t = await getTranslations("newArticle");
  return (
    <section className="card">
      <h1>{t("title")}</h1>
      <NewArticleForm />
    </section>
  );
}
