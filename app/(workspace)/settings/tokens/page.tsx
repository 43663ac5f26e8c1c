import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { TokenManager } from "@/components/tokens/token-manager";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listTokens } from "@/lib/tokens/manage-tokens";

export async function generateMetadata() {
  return { title: (await getTranslations("tokens"))("title") };
}

/** Any member's own API tokens: create (the secret is shown once), see when each was used, revoke. */
export default async function TokensPage() {
  const actor = await requirePageActor();
  const { tokens } = await listTokens(actor);
  const t = await getTranslations("tokens");
  return (
    <section className="card">
      <h1>{t("title")}</h1>
      <p className="hint">{t("intro")}</p>
      <p className="hint">
        <Link href="/settings/api">{t("docsLink")}</Link>
      </p>
      <TokenManager initial={tokens} />
    </section>
  );
}
