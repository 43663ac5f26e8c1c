import { getTranslations } from "next-intl/server";
import { ReportSettingsForm } from "@/components/report-settings/report-settings-form";
import { requirePageActor } from "@/lib/auth/current-actor";
import { roleCan } from "@/lib/permissions/roles";
import { getReportSettings } from "@/lib/reports/report-settings";

export async function generateMetadata() {
  return { title: (await getTranslations("reportSettings"))("title") };
}

/** Admins edit how public reports present the organisation; other members read it. */
export default async function ReportSettingsPage() {
  const actor = await requirePageActor();
  const settings = await getReportSettings(actor);
  const t = await getTranslations("reportSettings");
  const canEdit = roleCan(actor.role, "manageReportSettings");
  return (
    <section className="card">
      <h1>{t("title")}</h1>
      <p className="hint">{t("intro")}</p>
      {!canEdit && <p className="hint">{t("readOnly")}</p>}
      <ReportSettingsForm initial={settings} canEdit={canEdit} />
    </section>
  );
}
