import { getTranslations } from "next-intl/server";
import { NewArticleForm } from "@/components/articles/new-article-form";
import { requirePageActor } from "@/lib/auth/current-actor";
import { forbidden } from "next/navigation";
import { roleCan } from "@/lib/permissions/roles";

export async function generateMetadata() {
  return { title: (await getTranslations("newArticle"))("title") };
}

export default async function NewArticlePage() {
  if (!roleCan((await requirePageActor()).role, "createArticles")) forbidden();
  const t = await getTranslations("newArticle");
  return (
    <section className="card">
      <h1>{t("title")}</h1>
      <NewArticleForm />
    </section>
  );
}
