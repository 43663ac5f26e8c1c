import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";

export async function generateMetadata() {
  return { title: (await getTranslations("signOut"))("title") };
}

export default async function SignOutPage() {
  const t = await getTranslations("signOut");
  return (
    <section className="card auth-card">
      <h1>{t("title")}</h1>
      <p>{t("question")}</p>
      <div className="actions">
        <SignOutButton label={t("submit")} />
        <Link className="button secondary" href="/articles">
          {t("cancel")}
        </Link>
      </div>
    </section>
  );
}
