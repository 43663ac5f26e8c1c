import { getTranslations } from "next-intl/server";
import Link from "next/link";

export default async function Forbidden() {
  const t = await getTranslations("forbidden");
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
