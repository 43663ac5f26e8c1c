import { getTranslations } from "next-intl/server";
import { FinderSettingsForm } from "@/components/finder/finder-settings-form";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getFinderSettings } from "@/lib/finder/data/finder-settings";
import { roleCan } from "@/lib/permissions/roles";

export async function generateMetadata() {
  return { title: (await getTranslations("finder.settings"))("title") };
}

/** Admins turn the claim finder's suggestions on or off for the workspace; others see the setting. */
export default async function FinderSettingsPage() {
  const actor = await requirePageActor();
  const settings = await getFinderSettings(actor);
  const t = await getTranslations("finder.settings");
  const canEdit = roleCan(actor.role, "manageFinder");
  return (
    <section className="card">
      <h1>{t("title")}</h1>
      <p className="hint">{t("intro")}</p>
      {!canEdit && <p className="hint">{t("readOnly")}</p>}
      <FinderSettingsForm initial={settings} canEdit={canEdit} />
    </section>
  );
}
