import { handleOf } from "@/lib/comments/mentions";
import { getDb } from "@/lib/db/client";
import type { Membership, User } from "@/lib/db/generated/client";
import { assertCan, type Actor } from "@/lib/permissions/actor";

export function toMemberJson(m: Membership & { user: Pick<User, "id" | "name" | "email"> }) {
  // `handle` is what @mentions use (lib/comments/mentions.ts).
  return {
    id: m.user.id,
    name: m.user.name,
    email: m.user.email,
    handle: handleOf(m.user.email),
    role: m.role,
    joinedAt: m.createdAt.toISOString(),
  };
}

/** The workspace's members, for any member: assignee and reviewer pickers and @mention completion need them. */
export async function listMembers(actor: Actor) {
  assertCan(actor, "readArticles");
  const members = await getDb().membership.findMany({
    where: { workspaceId: actor.workspaceId },
    include: { user: { select: { id: true, name: true, email: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return { members: members.map(toMemberJson) };
}
