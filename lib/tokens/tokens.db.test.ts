import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { changeMemberRole, removeMember } from "@/lib/members/change-member";
import { createTestWorkspace, type TestWorkspace } from "@/lib/testing/factories";
import { actorFromToken } from "./authenticate-token";
import { createToken, listTokens, revokeToken } from "./manage-tokens";
import { ZCreateToken } from "./schemas";
import { hashTokenSecret } from "./secret";

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

const make = (actor: TestWorkspace["members"]["ADMIN"]["actor"], name = "CI script", expiresInDays = 30) =>
  createToken(actor, ZCreateToken.parse({ name, expiresInDays }));

beforeAll(async () => {
  [ws, other] = await Promise.all([createTestWorkspace("tokens"), createTestWorkspace("tokens-other")]);
});

describe("API tokens (real PostgreSQL)", () => {
  it("store only the hash; the secret is in the creation answer and nowhere else", async () => {
    const editor = ws.members.EDITOR.actor;
    const created = await make(editor, "  أداة   التحقق ");
    expect(created.secret).toMatch(/^sanad_[A-Za-z0-9_-]{43}$/);
    expect(created.token).toMatchObject({
      name: "أداة التحقق",
      prefix: created.secret.slice(0, 12),
      lastUsedAt: null,
      revokedAt: null,
    });
    const days = (Date.parse(created.token.expiresAt) - Date.parse(created.token.createdAt)) / 86_400_000;
    expect(Math.round(days)).toBe(30);

    const row = await getDb().apiToken.findUniqueOrThrow({ where: { id: created.token.id } });
    expect(row.hash).toBe(hashTokenSecret(created.secret));
    expect(JSON.stringify(row)).not.toContain(created.secret.slice(12));
    const listed = await listTokens(editor);
    expect(listed.tokens.map((t) => t.id)).toContain(created.token.id);
    expect(JSON.stringify(listed)).not.toContain(created.secret.slice(12));
    // Only my own tokens are listed.
    expect((await listTokens(ws.members.FACT_CHECKER.actor)).tokens.map((t) => t.id)).not.toContain(created.token.id);
  });

  it("act as their user in their workspace with the role they have now, and note when they were used", async () => {
    const { secret, token } = await make(ws.members.VIEWER.actor);
    expect(await actorFromToken(secret)).toEqual({
      userId: ws.members.VIEWER.id,
      workspaceId: ws.id,
      role: "VIEWER",
      tokenId: token.id,
    });
    expect(
      (await listTokens(ws.members.VIEWER.actor)).tokens.find((t) => t.id === token.id)?.lastUsedAt,
    ).not.toBeNull();

    await changeMemberRole(ws.members.ADMIN.actor, ws.members.VIEWER.id, { role: "FACT_CHECKER" });
    expect((await actorFromToken(secret)).role).toBe("FACT_CHECKER");
    await changeMemberRole(ws.members.ADMIN.actor, ws.members.VIEWER.id, { role: "VIEWER" });
    expect((await actorFromToken(secret)).role).toBe("VIEWER");
  });

  it("are refused with a clear 401 when unknown, malformed, expired, revoked, or their owner left", async () => {
    const unknown = await failure(actorFromToken(`sanad_${"A".repeat(43)}`));
    expect(unknown.code).toBe("unauthenticated");
    expect(unknown.message).toMatch(/not valid/);
    expect((await failure(actorFromToken("Bearer nonsense"))).message).toMatch(/not valid/);

    const short = await make(ws.members.FACT_CHECKER.actor, "short", 1);
    expect((await actorFromToken(short.secret)).userId).toBe(ws.members.FACT_CHECKER.id);
    const tomorrow = new Date(Date.now() + 86_400_000 + 1000);
    expect((await failure(actorFromToken(short.secret, tomorrow))).message).toMatch(/expired/);

    const revoked = await make(ws.members.FACT_CHECKER.actor, "revoked");
    const answer = await revokeToken(ws.members.FACT_CHECKER.actor, revoked.token.id);
    expect(answer.token.revokedAt).not.toBeNull();
    expect((await revokeToken(ws.members.FACT_CHECKER.actor, revoked.token.id)).token.revokedAt).toBe(
      answer.token.revokedAt,
    );
    const refused = await failure(actorFromToken(revoked.secret));
    expect([refused.code, refused.message]).toEqual(["unauthenticated", expect.stringMatching(/revoked/)]);

    const leaving = await createTestWorkspace("tokens-leaving");
    const theirs = await make(leaving.members.EDITOR.actor);
    await removeMember(leaving.members.ADMIN.actor, leaving.members.EDITOR.id);
    expect((await failure(actorFromToken(theirs.secret))).message).toMatch(/no longer a member/);
  });

  it("are revoked by their owner or a workspace admin only; tokens cannot manage tokens", async () => {
    const mine = await make(ws.members.EDITOR.actor, "mine");
    expect((await failure(revokeToken(ws.members.FACT_CHECKER.actor, mine.token.id))).code).toBe("not_found");
    expect((await failure(revokeToken(other.members.ADMIN.actor, mine.token.id))).code).toBe("not_found");
    expect((await revokeToken(ws.members.ADMIN.actor, mine.token.id)).token.revokedAt).not.toBeNull();

    const viaToken = await actorFromToken((await make(ws.members.EDITOR.actor, "robot")).secret);
    expect((await failure(make(viaToken, "minted by a token"))).code).toBe("forbidden");
    expect((await failure(revokeToken(viaToken, mine.token.id))).message).toMatch(/sign in/);
  });

  it("need a name and an expiry of 1 to 365 days", () => {
    expect(ZCreateToken.safeParse({ name: "x", expiresInDays: 0 }).success).toBe(false);
    expect(ZCreateToken.safeParse({ name: "x", expiresInDays: 366 }).success).toBe(false);
    expect(ZCreateToken.safeParse({ name: "x", expiresInDays: 1.5 }).success).toBe(false);
    expect(ZCreateToken.safeParse({ name: " ", expiresInDays: 7 }).success).toBe(false);
    expect(ZCreateToken.safeParse({ name: "x", expiresInDays: 365 }).success).toBe(true);
  });
});
