import { beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/sign-in";
import { getClaimHistory } from "@/lib/audit/get-history";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { createTestArticle, createTestClaim } from "@/lib/testing/claims";
import { createTestWorkspace, type TestWorkspace } from "@/lib/testing/factories";
import { changeMemberRole, removeMember } from "./change-member";
import { inviteMember } from "./invite-member";
import { listMembers } from "./list-members";
import { ZChangeRole, ZInviteMember } from "./schemas";

let ws: TestWorkspace;
let other: TestWorkspace;

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(async () => {
  [ws, other] = await Promise.all([createTestWorkspace("members"), createTestWorkspace("members-other")]);
});

describe("members (real PostgreSQL)", () => {
  it("are invited by admins with a first password shown once; an existing user joins with their own", async () => {
    const admin = ws.members.ADMIN.actor;
    const email = `Salma-${ws.slug}@Example.org`;
    const invited = await inviteMember(admin, ZInviteMember.parse({ email, name: "سلمى", role: "FACT_CHECKER" }));
    expect(invited.member).toMatchObject({
      email: email.toLowerCase(),
      name: "سلمى",
      role: "FACT_CHECKER",
      handle: `salma-${ws.slug}`,
    });
    expect(invited.firstPassword).toMatch(/^[\w-]{16}$/);
    expect(await authenticate({ email, password: invited.firstPassword })).toMatchObject({ id: invited.member.id });
    const stored = await getDb().user.findUniqueOrThrow({ where: { id: invited.member.id } });
    expect(stored.passwordHash).not.toContain(invited.firstPassword);

    const joined = await inviteMember(
      other.members.ADMIN.actor,
      ZInviteMember.parse({ email, name: "ignored", role: "VIEWER" }),
    );
    expect(joined).toMatchObject({
      member: { id: invited.member.id, name: "سلمى", role: "VIEWER" },
      firstPassword: null,
    });
    expect(
      (await failure(inviteMember(admin, ZInviteMember.parse({ email, name: "x", role: "EDITOR" })))).fields?.email,
    ).toMatch(/already a member/);
    expect(
      (
        await failure(
          inviteMember(
            ws.members.EDITOR.actor,
            ZInviteMember.parse({ email: "n@example.org", name: "x", role: "EDITOR" }),
          ),
        )
      ).code,
    ).toBe("forbidden");
    expect(ZInviteMember.safeParse({ email: "not-an-email", name: "x", role: "EDITOR" }).success).toBe(false);
    expect(ZInviteMember.safeParse({ email: "a@b.org", name: "x", role: "OWNER" }).success).toBe(false);
    expect((await listMembers(ws.members.VIEWER.actor)).members.map((m) => m.role)).toEqual([
      "ADMIN",
      "EDITOR",
      "FACT_CHECKER",
      "VIEWER",
      "FACT_CHECKER",
    ]);
  });

  it("change role and leave, but the last admin stays; a removed member's work stays attributed", async () => {
    const admin = ws.members.ADMIN;
    const checker = ws.members.FACT_CHECKER;
    expect((await failure(changeMemberRole(admin.actor, admin.id, ZChangeRole.parse({ role: "EDITOR" })))).code).toBe(
      "conflict",
    );
    expect((await failure(removeMember(admin.actor, admin.id))).message).toMatch(/last admin/);
    expect(
      await changeMemberRole(admin.actor, ws.members.EDITOR.id, ZChangeRole.parse({ role: "ADMIN" })),
    ).toMatchObject({ role: "ADMIN" });
    // Two admins demoting each other at once: one succeeds, the workspace keeps an admin.
    const results = await Promise.allSettled([
      changeMemberRole(admin.actor, ws.members.EDITOR.id, ZChangeRole.parse({ role: "EDITOR" })),
      changeMemberRole({ ...ws.members.EDITOR.actor, role: "ADMIN" }, admin.id, ZChangeRole.parse({ role: "EDITOR" })),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await getDb().membership.count({ where: { workspaceId: ws.id, role: "ADMIN" } })).toBe(1);

    const articleId = await createTestArticle(checker.actor);
    const claim = await createTestClaim(checker.actor, articleId);
    const remaining = await getDb().membership.findFirstOrThrow({ where: { workspaceId: ws.id, role: "ADMIN" } });
    const remover = { userId: remaining.userId, workspaceId: ws.id, role: "ADMIN" as const };
    expect(await removeMember(remover, checker.id)).toEqual({ id: checker.id, removed: true });
    expect((await listMembers(remover)).members.map((m) => m.id)).not.toContain(checker.id);
    const { entries } = await getClaimHistory(remover, claim.id);
    expect(entries[0].actor).toEqual({ id: checker.id, name: `FACT_CHECKER ${ws.slug}` });
    expect(await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
      createdById: checker.id,
    });
    expect((await failure(removeMember(remover, checker.id))).code).toBe("not_found");
    expect((await failure(removeMember(other.members.ADMIN.actor, ws.members.VIEWER.id))).code).toBe("not_found");
  });
});
