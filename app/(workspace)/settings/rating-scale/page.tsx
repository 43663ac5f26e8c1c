import { getTranslations } from "next-intl/server";
import { RatingScaleEditor } from "@/components/ratings/rating-scale-editor";
import { RatingScaleTable } from "@/components/ratings/rating-scale-table";
import { requirePageActor } from "@/lib/auth/current-actor";
import { roleCan } from "@/lib/permissions/roles";
import { getRatingScale } from "@/lib/ratings/get-rating-scale";

export async function generateMetadata() {
  return { title: (await getTranslations("ratingScale"))("title") };
}

/** Admins edit the scale; everyone else reads what each rating means (no edit controls at all). */
export default async function RatingScalePage() {
  const actor = await requirePageActor();
  const scale = await getRatingScale(actor);
  const t = await getTranslations("ratingScale");
  const canEdit = roleCan(actor.role, "manageRatingScale");
  return (
    <section className="card">
      <h1>{t("title")}</h1>
      <p className="hint">{t("intro")}</p>
      {canEdit ? (
        <RatingScaleEditor initial={scale} />
      ) : (
        <>
          <p className="hint">{t("readOnly")}</p>
          <RatingScaleTable ratings={scale.ratings} />
        </>
      )}
    </section>
  );
}
