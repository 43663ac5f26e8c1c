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

/**
 * "My work": claims assigned to me as checker. "To review": claims whose reviewer I am, and, for
 * editors and admins, those with no reviewer; without a status filter it lists the ones IN_REVIEW.
 * Counts per status are over the whole queue with the other filters, so tabs can show them.
 */
export async function getQueue(actor: Actor, query: TQueueQuery) {
  assertCan(actor, "readArticles");
  const mine: Prisma.ClaimWhereInput =
    query.kind === "work"
      ? { assigneeId: actor.userId }
      : { OR: [{ reviewerId: actor.userId }, ...(roleCan(actor.role, "reviewClaims") ? [{ reviewerId: null }] : [])] };
  const where: Prisma.ClaimWhereInput = {
    workspaceId: actor.workspaceId,
    deletedAt: null,
    ...mine,
    ...(query.articleId && { articleId: query.articleId }),
    ...(query.rating && { rating: { key: query.rating } }),
    ...(query.assignee && { assigneeId: query.assignee === "none" ? null : query.assignee }),
  };
  const db = getDb();
  const grouped = await db.claim.groupBy({ by: ["status"], where, _count: { _all: true } });
  const counts = Object.fromEntries(
    Object.values(ClaimStatus).map((s) => [s, grouped.find((g) => g.status === s)?._count._all ?? 0]),
  );
  const status = query.status ?? (query.kind === "review" ? "IN_REVIEW" : undefined);
  const rows = await db.claim.findMany({
    where: { ...where, ...(status && { status }) },
    include: INCLUDE,
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: LIMIT,
  });
  return {
    kind: query.kind,
    status: status ?? null,
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
