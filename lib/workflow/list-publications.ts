import { getDb } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/permissions/actor";

/**
 * Every published version of a claim, newest first: the frozen sheet, who published it and when, and
 * the correction note from the second one on. What readers saw stays here whatever happens to the claim.
 */
export async function listPublications(actor: Actor, claimId: string) {
  assertCan(actor, "readArticles");
  const db = getDb();
  const claim = await db.claim.findFirst({
    where: { id: claimId, workspaceId: actor.workspaceId },
    select: { id: true },
  });
  if (!claim) throw notFound("This claim");
  const rows = await db.claimPublication.findMany({
    where: { claimId, workspaceId: actor.workspaceId },
    orderBy: { number: "desc" },
  });
  const names = new Map(
    (
      await db.user.findMany({
        where: { id: { in: rows.map((r) => r.publishedById) } },
        select: { id: true, name: true },
      })
    ).map((u) => [u.id, u.name]),
  );
  return {
    publications: rows.map((r) => ({
      number: r.number,
      version: r.version,
      publishedAt: r.publishedAt.toISOString(),
      publishedBy: { id: r.publishedById, name: names.get(r.publishedById) ?? null },
      correctionNote: r.correctionNote,
      sheet: r.sheet,
    })),
  };
}
