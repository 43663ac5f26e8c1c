import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { findActorContext } from "@/lib/auth/current-actor";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/accounts";
import { showDemoAccounts } from "@/lib/env";

export async function generateMetadata() {
  return { title: (await getTranslations("signIn"))("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  if (await findActorContext()) redirect("/articles");
  const t = await getTranslations("signIn");
  const roles = await getTranslations("roles");
  const { callbackUrl } = await searchParams;
  const safeCallback = safeCallbackPath(callbackUrl);
  return (
    <section className="card auth-card">
      <h1>{t("title")}</h1>
      <SignInForm callbackUrl={safeCallback} />
      {showDemoAccounts() && (
        <details className="demo-accounts">
          <summary>{t("demo", { password: DEMO_PASSWORD })}</summary>
          <ul>
            {DEMO_ACCOUNTS.map((account) => (
              <li key={account.email}>
                <bdi>{account.email}</bdi> — {roles(account.role)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
