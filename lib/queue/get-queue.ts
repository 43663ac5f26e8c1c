import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { ClaimStatus } from "@/lib/db/generated/enums";
import { assertCan, type Actor } from "@/lib/permissions/actor";
import { roleCan } from "@/lib/permissions/roles";
import { toRatingRef } from "@/lib/ratings/serialize";
import type { TQueueQuery } from "./schemas";

const LIMIT = 200;
const INCLUDE = {
  article: { select: { title: true } },
  rating: true,
  assignee: { select: { id: true, name: true } },
  reviewer: { select: { id: true, name: true } },
} satisfies Prisma.ClaimInclude;

/** The states a queue holds: "my work" every one; "to review" what waits for a reviewer (and a publisher). */
export function queueStates(actor: Actor, kind: TQueueQuery["kind"]): ClaimStatus[] {
  if (kind === "work") return Object.values(ClaimStatus);
  return roleCan(actor.role, "publishClaims") ? ["IN_REVIEW", "APPROVED"] : ["IN_REVIEW"];
}

/**
 * "My work": every claim I am the checker of, in any state. "To review": claims in review (and, for
 * those who publish, approved ones waiting to be published) whose reviewer I am, or which have no
 * reviewer if my role reviews. Counts per state are over the whole queue with the other filters, so
 * tabs can show them; a state the queue does not hold is not a filter of it.
 */
export async function getQueue(actor: Actor, query: TQueueQuery) {
  assertCan(actor, "readArticles");
  const states = queueStates(actor, query.kind);
  const mine: Prisma.ClaimWhereInput =
    query.kind === "work"
      ? { assigneeId: actor.userId }
      : { OR: [{ reviewerId: actor.userId }, ...(roleCan(actor.role, "reviewClaims") ? [{ reviewerId: null }] : [])] };
  const where: Prisma.ClaimWhereInput = {
    workspaceId: actor.workspaceId,
    deletedAt: null,
    status: { in: states },
    ...mine,
    ...(query.articleId && { articleId: query.articleId }),
    ...(query.rating && { rating: { key: query.rating } }),
    ...(query.assignee && { assigneeId: query.assignee === "none" ? null : query.assignee }),
  };
  const db = getDb();
  const grouped = await db.claim.groupBy({ by: ["status"], where, _count: { _all: true } });
  const counts = Object.fromEntries(
    states.map((s) => [s, grouped.find((g) => g.status === s)?._count._all ?? 0]),
  ) as Partial<Record<ClaimStatus, number>>;
  const status = query.status && states.includes(query.status) ? query.status : null;
  const rows = await db.claim.findMany({
    where: { ...where, ...(status && { status }) },
    include: INCLUDE,
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: LIMIT,
  });
  return {
    kind: query.kind,
    status,
    counts,
    claims: rows.map((c) => ({
      id: c.id,
      articleId: c.articleId,
      articleTitle: c.article.title,
      status: c.status,
      statement: c.statement ?? c.exact,
      rating: c.rating ? toRatingRef(c.rating) : null,
      assignee: c.assignee,
      reviewer: c.reviewer,
      version: c.version,
      submittedAt: c.submittedAt?.toISOString() ?? null,
      updatedAt: c.updatedAt.toISOString(),
    })),
  };
}
