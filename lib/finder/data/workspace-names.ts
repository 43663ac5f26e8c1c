import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/permissions/actor";

// Names the workspace already cares about make a sentence more worth checking: the claimants of its
// claims and its tags. The most recent few hundred are plenty for a reason, and keep the pattern small.
const LIMIT = 300;

export async function listWorkspaceNames(actor: Actor): Promise<string[]> {
  const [claimants, tags] = await Promise.all([
    getDb().claim.findMany({
      where: { workspaceId: actor.workspaceId, deletedAt: null, claimantName: { not: null } },
      distinct: ["claimantName"],
      select: { claimantName: true },
      orderBy: { claimantName: "asc" },
      take: LIMIT,
    }),
    getDb().tag.findMany({ where: { workspaceId: actor.workspaceId }, select: { name: true }, take: LIMIT }),
  ]);
  return [...claimants.map((c) => c.claimantName!), ...tags.map((t) => t.name)];
}
