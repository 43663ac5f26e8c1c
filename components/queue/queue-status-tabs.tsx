import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { TQueueQuery } from "@/lib/queue/schemas";

/** Links to the queue in each status with its count; the other filters stay in the URL. */
export async function QueueStatusTabs({
  query,
  counts,
  current,
  path,
}: {
  query: TQueueQuery;
  /** One entry per state the queue holds (lib/queue/get-queue.ts). */
  counts: Record<string, number>;
  current: string | null;
  path: string;
}) {
  const t = await getTranslations("queue");
  const tClaims = await getTranslations("claims");
  const href = (status?: string) => {
    const params = new URLSearchParams(
      Object.entries({ ...query, kind: undefined, status }).filter((e): e is [string, string] => Boolean(e[1])),
    );
    return params.size ? `${path}?${params}` : path;
  };
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const tabs: { status?: string; label: string; count: number }[] = [
    { label: t("all"), count: total },
    ...Object.entries(counts).map(([status, count]) => ({ status, label: tClaims(`status.${status}`), count })),
  ];
  return (
    <nav className="queue-tabs" aria-label={t("byStatus")}>
      {tabs.map((tab) => (
        <Link
          key={tab.status ?? "all"}
          href={href(tab.status)}
          className={tab.status ? `status-chip status-${tab.status.toLowerCase()}` : "status-chip"}
          aria-current={(current ?? undefined) === tab.status ? "page" : undefined}
          data-status={tab.status ?? "ALL"}
        >
          {tab.label} <span className="queue-count">{tab.count}</span>
        </Link>
      ))}
    </nav>
  );
}
