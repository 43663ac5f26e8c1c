import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { TQueueQuery } from "@/lib/queue/schemas";
import type { TQueueView } from "@/lib/queue/queue-view";

/** A plain GET form: the filters live in the URL, so a filtered queue is a link to share. */
export async function QueueFilters({
  query,
  options,
  path,
  locale,
}: {
  query: TQueueQuery;
  options: TQueueView["options"];
  path: string;
  locale: string;
}) {
  const t = await getTranslations("queue");
  return (
    <form className="queue-filters card" method="get" action={path} aria-label={t("filters")}>
      {query.status && <input type="hidden" name="status" value={query.status} />}
      <div className="queue-filter">
        <label htmlFor="queue-articleId">{t("article")}</label>
        <select id="queue-articleId" name="articleId" defaultValue={query.articleId ?? ""}>
          <option value="">{t("any")}</option>
          {options.articles.map((a) => (
            <option key={a.id} value={a.id} dir={a.direction}>
              {a.title}
            </option>
          ))}
        </select>
      </div>
      <div className="queue-filter">
        <label htmlFor="queue-rating">{t("rating")}</label>
        <select id="queue-rating" name="rating" defaultValue={query.rating ?? ""}>
          <option value="">{t("any")}</option>
          {options.ratings.map((r) => (
            <option key={r.key} value={r.key}>
              {locale === "ar" ? r.labelAr : r.labelEn}
            </option>
          ))}
        </select>
      </div>
      <div className="queue-filter">
        <label htmlFor="queue-assignee">{t("assignee")}</label>
        <select id="queue-assignee" name="assignee" defaultValue={query.assignee ?? ""}>
          <option value="">{t("any")}</option>
          <option value="none">{t("unassigned")}</option>
          {options.members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
      <div className="actions">
        <button type="submit">{t("apply")}</button>
        <Link href={path}>{t("clear")}</Link>
      </div>
    </form>
  );
}
