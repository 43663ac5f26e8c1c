import { createHash, randomUUID } from "node:crypto";
import { getDb } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { DEFAULT_RATINGS } from "@/lib/ratings/default-scale";
import type { TestMember, TestWorkspace } from "./factories";
import { splitAction, type TBaseAction, type TMatrixAction, type TState, type TTarget } from "./permission-matrix";

// What one cell of the permission matrix acts on, and the HTTP request it makes. Rows are written
// straight to the database (not through lib's data functions) so the Playwright process can run this
// too: it cannot load the app's message catalogues.

const TEXT = "نجا رئيس الوزراء العراقي من محاولة اغتيال بطائرة مسيّرة مفخّخة في بغداد.";
const EXACT = "بطائرة مسيّرة مفخّخة";
const NOTE = "تبيّن أن الرقم الذي بُني عليه التحقق خاطئ.";

// Where a transition starts from when the action does not name a state.
const STARTS: Partial<Record<TBaseAction, TState>> = {
  request_changes: "IN_REVIEW",
  approve: "IN_REVIEW",
  reopen: "IN_REVIEW",
  publish: "APPROVED",
};

async function insertArticle(space: TestWorkspace, createdById: string) {
  const article = await getDb().article.create({
    data: { workspaceId: space.id, title: "مصفوفة الصلاحيات", language: "ar", direction: "rtl", createdById },
  });
  await getDb().articleRevision.create({
    data: { workspaceId: space.id, articleId: article.id, number: 1, text: TEXT, headings: [], createdById },
  });
  return article.id;
}
const articles = new Map<string, Promise<string>>();
const articleOf = (space: TestWorkspace) =>
  articles.get(space.id) ?? articles.set(space.id, insertArticle(space, space.members.FACT_CHECKER.id)).get(space.id)!;

/** A claim with everything submitting needs (statement, source, rating, conclusion), in `state`. */
async function insertClaim(space: TestWorkspace, owner: TestMember, state: TState) {
  const db = getDb();
  const start = [...TEXT].length - [...EXACT].length - [..." في بغداد."].length;
  const rating = await db.rating.findUniqueOrThrow({
    where: { workspaceId_key: { workspaceId: space.id, key: "true" } },
  });
  const now = new Date();
  const status = state === "CORRECTING" ? "IN_REVIEW" : state;
  const published = state === "PUBLISHED" || state === "CORRECTING" || state === "RETRACTED";
  const editor = space.members.ADMIN.id === owner.id ? space.members.EDITOR.id : space.members.ADMIN.id;
  const claim = await db.claim.create({
    data: {
      workspaceId: space.id,
      articleId: await articleOf(space),
      revision: 1,
      exact: EXACT,
      prefix: [...TEXT].slice(Math.max(0, start - 32), start).join(""),
      suffix: " في بغداد.",
      start,
      end: start + [...EXACT].length,
      createdById: owner.id,
      assigneeId: owner.role === "VIEWER" ? null : owner.id,
      statement: "الهجوم نُفّذ بطائرة مسيّرة مفخّخة",
      ratingId: rating.id,
      conclusion: "صحيح.",
      status,
      ...(status !== "DRAFT" && { submittedAt: now, submittedById: owner.id, reviewStartedAt: now }),
      ...((status === "APPROVED" || status === "PUBLISHED" || status === "RETRACTED") && {
        approvedAt: now,
        approvedById: editor,
      }),
      ...(published && { firstPublished: now }),
      ...(status === "RETRACTED" && { retractedAt: now, retractedById: editor, retractionNote: NOTE }),
    },
  });
  await db.source.create({
    data: {
      workspaceId: space.id,
      claimId: claim.id,
      position: 0,
      url: "https://www.reuters.com/world/iraq",
      urlKey: "reuters.com/world/iraq",
      title: "Reuters",
      type: "NEWS_REPORT",
      stance: "SUPPORTS",
      createdById: owner.id,
    },
  });
  if (published)
    await db.claimPublication.create({
      data: { workspaceId: space.id, claimId: claim.id, number: 1, version: 1, sheet: {}, publishedById: editor },
    });
  return claim;
}

async function insertToken(space: TestWorkspace, userId: string) {
  const hash = createHash("sha256").update(randomUUID()).digest("hex");
  const expiresAt = new Date(Date.now() + 86_400_000);
  const token = await getDb().apiToken.create({
    data: { workspaceId: space.id, userId, name: "مصفوفة", hash, prefix: hash.slice(0, 8), expiresAt },
  });
  return token.id;
}

export type TPrepared = { claimId?: string; version?: number; userId?: string; articleId?: string; tokenId?: string };

/** The member a cell's resource belongs to: the actor, a teammate, or someone in the other workspace. */
function ownerOf(ws: TestWorkspace, other: TestWorkspace, role: Role, target: TTarget): TestMember {
  if (target === "own") return ws.members[role];
  if (target === "teammate") return ws.members[role === "FACT_CHECKER" ? "EDITOR" : "FACT_CHECKER"];
  return other.members.FACT_CHECKER;
}

/**
 * Makes what one cell acts on: a claim complete enough to submit, owned (written and checked) by the
 * actor, a teammate or someone in the other workspace, in the state the action starts from; an
 * article; a token; a member to change or remove; and, for "assign", the member to assign.
 */
export async function prepareCell(
  ws: TestWorkspace,
  other: TestWorkspace,
  role: Role,
  action: TMatrixAction,
  target: TTarget,
): Promise<TPrepared> {
  const { base, state } = splitAction(action);
  const space = target === "other" ? other : ws;
  const owner = ownerOf(ws, other, role, target);
  switch (base) {
    case "list_members":
    case "invite_member":
    case "edit_rating_scale":
    case "create_token":
      return {};
    case "change_role":
    case "remove_member": {
      if (target === "own") return { userId: ws.members[role].id };
      const user = await getDb().user.create({
        data: { email: `m-${randomUUID()}@test.sanad`, name: "عضو للاختبار", passwordHash: "-" },
      });
      await getDb().membership.create({ data: { workspaceId: space.id, userId: user.id, role: "VIEWER" } });
      return { userId: user.id };
    }
    case "edit_text":
      return { articleId: await insertArticle(space, owner.id) };
    case "revoke_token":
      return { tokenId: await insertToken(space, owner.id) };
  }
  const claim = await insertClaim(space, owner, state ?? STARTS[base] ?? "DRAFT");
  // Someone who is neither the actor nor the claim's checker, to assign it to.
  const third = (["FACT_CHECKER", "EDITOR", "ADMIN"] as const)
    .map((r) => ws.members[r])
    .find((m) => m.id !== owner.id && m.role !== role)!;
  return { claimId: claim.id, version: claim.version, userId: third.id };
}

/** The HTTP request a cell makes, and the status that means "allowed". */
export function requestFor(
  action: TMatrixAction,
  { claimId, version, userId, articleId, tokenId }: TPrepared,
): { method: string; path: string; body?: object; ok: number } {
  const claim = `/api/v1/claims/${claimId}`;
  const transition = (body: object) => ({ method: "POST", path: `${claim}/transitions`, body, ok: 200 });
  const { base } = splitAction(action);
  switch (base) {
    case "submit":
    case "approve":
    case "publish":
    case "reopen":
      return transition({ action: base, version });
    case "request_changes":
      return transition({ action: base, version, comment: "أضف مصدرًا رسميًا." });
    case "retract":
      return transition({ action: base, version, comment: NOTE });
    case "edit_sheet":
      return { method: "PATCH", path: claim, body: { version, checkWorthiness: "HIGH" }, ok: 200 };
    case "assign":
      return { method: "PATCH", path: claim, body: { version, assigneeId: userId }, ok: 200 };
    case "add_source":
      return {
        method: "POST",
        path: `${claim}/sources`,
        body: { version, url: "https://pmo.iq/statement", title: "بيان" },
        ok: 201,
      };
    case "set_verdict":
      return {
        method: "PUT",
        path: `${claim}/verdict`,
        body: { version, ratingKey: "false", conclusion: "زائف." },
        ok: 200,
      };
    case "move":
      return { method: "PUT", path: `${claim}/anchor`, body: { exact: "محاولة اغتيال" }, ok: 200 };
    case "comment":
      return { method: "POST", path: `${claim}/comments`, body: { body: "ملاحظة" }, ok: 201 };
    case "delete":
      return { method: "DELETE", path: claim, ok: 200 };
    case "edit_text":
      return { method: "PATCH", path: `/api/v1/articles/${articleId}`, body: { text: `${TEXT} وقال شهود.` }, ok: 200 };
    case "create_token":
      return { method: "POST", path: "/api/v1/tokens", body: { name: "مصفوفة", expiresInDays: 1 }, ok: 201 };
    case "revoke_token":
      return { method: "DELETE", path: `/api/v1/tokens/${tokenId}`, ok: 200 };
    case "list_members":
      return { method: "GET", path: "/api/v1/members", ok: 200 };
    case "invite_member":
      return {
        method: "POST",
        path: "/api/v1/members",
        body: { email: `new-${randomUUID()}@test.sanad`, name: "عضو جديد", role: "VIEWER" },
        ok: 201,
      };
    case "change_role":
      return { method: "PATCH", path: `/api/v1/members/${userId}`, body: { role: "FACT_CHECKER" }, ok: 200 };
    case "remove_member":
      return { method: "DELETE", path: `/api/v1/members/${userId}`, ok: 200 };
    case "edit_rating_scale":
      return { method: "PUT", path: "/api/v1/rating-scale", body: { ratings: DEFAULT_RATINGS }, ok: 200 };
  }
}
