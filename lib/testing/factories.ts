import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import type { Actor } from "@/lib/permissions/actor";
import { ensureRatingScale } from "@/lib/ratings/default-scale";

export const TEST_PASSWORD = "test-password-123";
const ROLES: Role[] = ["ADMIN", "EDITOR", "FACT_CHECKER", "VIEWER"];
let passwordHash: Promise<string> | undefined;

export type TestMember = { id: string; email: string; role: Role; actor: Actor };
export type TestWorkspace = { id: string; slug: string; members: Record<Role, TestMember> };

/** A fresh workspace with one member per role and the default rating scale, isolated from every other test by a random slug. */
export async function createTestWorkspace(label = "ws"): Promise<TestWorkspace> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const hash = await passwordHash;
  const tag = `${label}-${randomUUID().slice(0, 8)}`.toLowerCase();
  const db = getDb();
  const workspace = await db.workspace.create({ data: { slug: tag, name: `Test ${tag}` } });
  const members = {} as Record<Role, TestMember>;
  for (const role of ROLES) {
    const email = `${role.toLowerCase()}-${tag}@test.sanad`;
    const user = await db.user.create({ data: { email, name: `${role} ${tag}`, passwordHash: hash } });
    await db.membership.create({ data: { workspaceId: workspace.id, userId: user.id, role } });
    members[role] = { id: user.id, email, role, actor: { userId: user.id, workspaceId: workspace.id, role } };
  }
  await ensureRatingScale(db, workspace.id);
  return { id: workspace.id, slug: workspace.slug, members };
}
