import { getLocale, getTranslations } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getQueueView, parseQueueParams } from "@/lib/queue/queue-view";
import type { TQueueQuery } from "@/lib/queue/schemas";
import { roleCan } from "@/lib/permissions/roles";
import { AssignSelected } from "./assign-selected";
import { QueueFilters } from "./queue-filters";
import { QueueLive } from "./queue-live";
import { QueueStatusTabs } from "./queue-status-tabs";
import { QueueTable } from "./queue-table";

type Params = Record<string, string | string[] | undefined>;

/** "My work" and "To review": the same page over GET /api/v1/me/queue's data function, rendered on the server. */
export async function QueuePage({ kind, searchParams }: { kind: TQueueQuery["kind"]; searchParams: Promise<Params> }) {
  const query = parseQueueParams(kind, await searchParams);
  const actor = await requirePageActor();
  const { queue, options } = await getQueueView(actor, query);
  const canAssign = roleCan(actor.role, "assignClaims");
  const t = await getTranslations("queue");
  const path = `/queue/${kind}`;
  const filtered = Boolean(query.articleId || query.rating || query.assignee);
  return (
    <>
      <QueueLive />
      <div className="page-title">
        <h1>{t(`${kind}.title`)}</h1>
        <p className="muted">{t(`${kind}.intro`)}</p>
      </div>
      <QueueStatusTabs query={query} counts={queue.counts} current={queue.status} path={path} />
      <QueueFilters query={query} options={options} path={path} locale={await getLocale()} />
      <p className="muted" role="status" data-testid="queue-shown">
        {t("shown", { count: queue.claims.length })}
      </p>
      {queue.claims.length === 0 ? (
        <p className="card">{filtered ? t("emptyFiltered") : t("empty")}</p>
      ) : (
        <QueueTable claims={queue.claims} label={t(`${kind}.title`)} selectable={canAssign} />
      )}
      {canAssign && queue.claims.length > 0 && <AssignSelected checkers={options.members} />}
    </>
  );
}
