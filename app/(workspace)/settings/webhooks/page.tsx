import { getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { WebhooksManager } from "@/components/webhooks/webhooks-manager";
import { requirePageActor } from "@/lib/auth/current-actor";
import { roleCan } from "@/lib/permissions/roles";
import { listWebhooks } from "@/lib/webhooks/manage-webhooks";

export async function generateMetadata() {
  return { title: (await getTranslations("webhooks"))("title") };
}

/** Admins only: webhooks, their secrets and delivery logs. */
export default async function WebhooksPage() {
  const actor = await requirePageActor();
  if (!roleCan(actor.role, "manageWebhooks")) forbidden();
  const { webhooks } = await listWebhooks(actor);
  const t = await getTranslations("webhooks");
  return (
    <section>
      <h1>{t("title")}</h1>
      <p className="hint">{t("intro")}</p>
      <WebhooksManager initial={webhooks} />
    </section>
  );
}
