import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { RatingBadge } from "@/components/ratings/rating-badge";
import { ASSIGN_FORM } from "./assign-selected";
import type { TQueueView } from "@/lib/queue/queue-view";

type TQueueClaim = TQueueView["queue"]["claims"][number];

const claimHref = (c: TQueueClaim) => `/articles/${c.articleId}?claim=${c.id}`;

/** The queue's claims; `selectable`: a checkbox per row for the bulk assignment form (assign-selected.tsx). */
export async function QueueTable({
  claims,
  label,
  selectable = false,
}: {
  claims: TQueueClaim[];
  label: string;
  selectable?: boolean;
}) {
  const t = await getTranslations("queue");
  const tClaims = await getTranslations("claims");
  const format = await getFormatter();
  const now = new Date();
  const person = (p: { name: string | null } | null) =>
    p ? <bdi dir="auto">{p.name}</bdi> : <span className="muted">{t("none")}</span>;
  return (
    <table aria-label={label} className="queue-table">
      <thead>
        <tr>
          {selectable && (
            <th scope="col">
              <span className="visually-hidden">{t("select")}</span>
            </th>
          )}
          <th scope="col">{t("columns.statement")}</th>
          <th scope="col">{t("columns.article")}</th>
          <th scope="col">{t("columns.status")}</th>
          <th scope="col">{t("columns.rating")}</th>
          <th scope="col">{t("columns.assignee")}</th>
          <th scope="col">{t("columns.reviewer")}</th>
          <th scope="col">{t("columns.updated")}</th>
        </tr>
      </thead>
      <tbody>
        {claims.map((c) => (
          <tr key={c.id} data-claim-id={c.id}>
            {selectable && (
              <td>
                <input
                  type="checkbox"
                  name="claim"
                  value={c.id}
                  form={ASSIGN_FORM}
                  aria-label={t("selectClaim", { statement: c.statement })}
                />
              </td>
            )}
            <td>
              <Link href={claimHref(c)} dir="auto" className="queue-statement">
                {c.statement}
              </Link>
            </td>
            <td dir="auto">{c.articleTitle}</td>
            <td>
              <span className={`status-chip status-${c.status.toLowerCase()}`}>{tClaims(`status.${c.status}`)}</span>
            </td>
            <td>{c.rating ? <RatingBadge rating={c.rating} /> : <span className="muted">{t("none")}</span>}</td>
            <td>{person(c.assignee)}</td>
            <td>{person(c.reviewer)}</td>
            <td>
              <time
                dateTime={c.updatedAt}
                title={format.dateTime(new Date(c.updatedAt), { dateStyle: "medium", timeStyle: "short" })}
              >
                {format.relativeTime(new Date(c.updatedAt), now)}
              </time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
