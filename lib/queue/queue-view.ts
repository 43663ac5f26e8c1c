import { getDb } from "@/lib/db/client";
import { listMembers } from "@/lib/members/list-members";
import type { Actor } from "@/lib/permissions/actor";
import { mayCheck } from "@/lib/permissions/rules";
import { getRatingScale } from "@/lib/ratings/get-rating-scale";
import { getQueue } from "./get-queue";
import { ZQueueQuery, type TQueueQuery } from "./schemas";

const FILTERS = ["articleId", "status", "rating", "assignee"] as const;

/**
 * A queue page's filters from its URL: each valid one is kept and an invalid one (an old link, a
 * typo) is dropped rather than failing the page.
 */
export function parseQueueParams(
  kind: TQueueQuery["kind"],
  params: Record<string, string | string[] | undefined>,
): TQueueQuery {
  const query: TQueueQuery = { kind };
  for (const key of FILTERS) {
    const raw = params[key];
    const parsed = ZQueueQuery.shape[key].safeParse(Array.isArray(raw) ? raw[0] : raw || undefined);
    if (parsed.success && parsed.data) Object.assign(query, { [key]: parsed.data });
  }
  return query;
}

/** The queue and what its filters offer: the workspace's articles, ratings and members. */
export async function getQueueView(actor: Actor, query: TQueueQuery) {
  const queue = await getQueue(actor, query);
  const [{ members }, { ratings }, articles] = await Promise.all([
    listMembers(actor),
    getRatingScale(actor),
    getDb().article.findMany({
      where: { workspaceId: actor.workspaceId },
      select: { id: true, title: true, direction: true },
      orderBy: { createdAt: "desc" },
      take: 500,
    }),
  ]);
  // The checker filter and the bulk assignment list only members who may check (lib/permissions/rules.ts).
  const checkers = members.filter((m) => mayCheck(m.role)).map((m) => ({ id: m.id, name: m.name }));
  return { queue, options: { articles, ratings, members: checkers } };
}

export type TQueueView = Awaited<ReturnType<typeof getQueueView>>;
