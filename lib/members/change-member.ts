import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError, notFound } from "@/lib/errors";
import { errorText } from "@/lib/i18n/error-text";
import { assertCan, type Actor } from "@/lib/permissions/actor";
import { toMemberJson } from "./list-members";
import type { TChangeRole } from "./schemas";

type Tx = Prisma.TransactionClient;

/** The membership to change, after making sure the workspace keeps an admin; one member change at a time per workspace. */
async function lockMember(tx: Tx, actor: Actor, userId: string, losesAdmin: boolean) {
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`members:${actor.workspaceId}`}))`;
  const membership = await tx.membership.findUnique({
    where: { workspaceId_userId: { workspaceId: actor.workspaceId, userId } },
  });
  if (!membership) throw notFound("This member");
  if (membership.role === "ADMIN" && losesAdmin) {
    const admins = await tx.membership.count({ where: { workspaceId: actor.workspaceId, role: "ADMIN" } });
    if (admins <= 1) throw new AppError("conflict", errorText("lastAdmin"));
  }
  return membership;
}

/** Another workspace's member is a 404 for every role; then only admins may go on. */
async function assertManageable(actor: Actor, userId: string) {
  const found = await getDb().membership.count({ where: { workspaceId: actor.workspaceId, userId } });
  if (!found) throw notFound("This member");
  assertCan(actor, "manageMembers");
}

/** Changes a member's role (admins only); the last admin cannot be demoted. */
export async function changeMemberRole(actor: Actor, userId: string, { role }: TChangeRole) {
  await assertManageable(actor, userId);
  return getDb().$transaction(async (tx) => {
    const membership = await lockMember(tx, actor, userId, role !== "ADMIN");
    const updated = await tx.membership.update({
      where: { id: membership.id },
      data: { role },
      include: { user: { select: { id: true, name: true, email: true } } },
    });
    return toMemberJson(updated);
  });
}

/**
 * Removes a member from the workspace (admins only; the last admin stays). Only the membership goes:
 * the account, and everything they wrote, checked or approved, stays attributed to them.
 */
export async function removeMember(actor: Actor, userId: string) {
  await assertManageable(actor, userId);
  return getDb().$transaction(async (tx) => {
    const membership = await lockMember(tx, actor, userId, true);
    await tx.membership.delete({ where: { id: membership.id } });
    return { id: userId, removed: true };
  });
}
