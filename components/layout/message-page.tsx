import { getTranslations } from "next-intl/server";
import Link from "next/link";

/** A full page that only explains (not found, not allowed) and leads back to the articles. */
export async function MessagePage({ namespace }: { namespace: "notFound" | "forbidden" }) {
  const t = await getTranslations(namespace);
  return (
    <main className="page">
      <section className="card">
        <h1>{t("title")}</h1>
        <p>{t("body")}</p>
        <Link href="/articles">{t("home")}</Link>
      </section>
    </main>
  );
}
