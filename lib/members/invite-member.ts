import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { refuseField } from "@/lib/claim-sheet/fields";
import { getDb } from "@/lib/db/client";
import { errorText } from "@/lib/i18n/error-text";
import { assertCan, type Actor } from "@/lib/permissions/actor";
import { toMemberJson } from "./list-members";
import type { TInviteMember } from "./schemas";

/**
 * Adds a member (admins only). Someone new gets an account with a random first password, returned
 * once in this answer and stored only as a bcrypt hash; an existing user keeps their own password.
 */
export async function inviteMember(actor: Actor, input: TInviteMember) {
  assertCan(actor, "manageMembers");
  const db = getDb();
  const existing = await db.user.findUnique({ where: { email: input.email } });
  if (existing && (await db.membership.count({ where: { workspaceId: actor.workspaceId, userId: existing.id } })))
    refuseField("email", errorText("memberExists"));
  const firstPassword = existing ? null : randomBytes(12).toString("base64url");
  const passwordHash = firstPassword ? await hashPassword(firstPassword) : null;
  const membership = await db.$transaction(async (tx) => {
    const user =
      existing ??
      (await tx.user.create({ data: { email: input.email, name: input.name, passwordHash: passwordHash! } }));
    return tx.membership.create({
      data: { workspaceId: actor.workspaceId, userId: user.id, role: input.role },
      include: { user: { select: { id: true, name: true, email: true } } },
    });
  });
  return { member: toMemberJson(membership), firstPassword };
}
