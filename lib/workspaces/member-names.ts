import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/permissions/actor";

/** Display names of the actor's workspace members, by user id. */
export async function getMemberNames(actor: Actor): Promise<Record<string, string>> {
  const members = await getDb().membership.findMany({
    where: { workspaceId: actor.workspaceId },
    select: { user: { select: { id: true, name: true } } },
  });
  return Object.fromEntries(members.map((m) => [m.user.id, m.user.name]));
}
