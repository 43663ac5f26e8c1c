import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db/client";
import type { ClaimStatus, Role } from "@/lib/db/generated/enums";
import { DEFAULT_RATINGS } from "@/lib/ratings/default-scale";
import type { TestWorkspace } from "./factories";

// Who may do what to whose claim: the one table both permission-matrix tests check, the integration
// test through the data functions and the browser-less API test through HTTP (e2e/permission-matrix).

export const ROLES: Role[] = ["ADMIN", "EDITOR", "FACT_CHECKER", "VIEWER"];
export type TTarget = "own" | "teammate" | "other";
export type TOutcome = "allow" | 403 | 404 | 409;

const ALL = { ADMIN: "allow", EDITOR: "allow", FACT_CHECKER: "allow", VIEWER: 403 } as const;
const REVIEWERS = { ADMIN: "allow", EDITOR: "allow", FACT_CHECKER: 403, VIEWER: 403 } as const;
const ADMINS = { ADMIN: "allow", EDITOR: 403, FACT_CHECKER: 403, VIEWER: 403 } as const;
const EVERYONE = { ADMIN: "allow", EDITOR: "allow", FACT_CHECKER: "allow", VIEWER: "allow" } as const;
const NOT_FOUND = { ADMIN: 404, EDITOR: 404, FACT_CHECKER: 404, VIEWER: 404 } as const;
type TRow = Record<Role, TOutcome>;

/** Expected outcome per action × target × role. A claim in another workspace is 404 for every role. */
export const MATRIX = {
  submit: { own: ALL, teammate: ALL, other: NOT_FOUND },
  request_changes: { own: REVIEWERS, teammate: REVIEWERS, other: NOT_FOUND },
  // Four eyes: nobody approves their own claim.
  approve: { own: { ADMIN: 403, EDITOR: 403, FACT_CHECKER: 403, VIEWER: 403 }, teammate: REVIEWERS, other: NOT_FOUND },
  publish: { own: REVIEWERS, teammate: REVIEWERS, other: NOT_FOUND },
  // A checker may take their own claim back from review, not a teammate's.
  reopen: { own: ALL, teammate: REVIEWERS, other: NOT_FOUND },
  edit_sheet: { own: ALL, teammate: ALL, other: NOT_FOUND },
  add_source: { own: ALL, teammate: ALL, other: NOT_FOUND },
  set_verdict: { own: ALL, teammate: ALL, other: NOT_FOUND },
  comment: { own: ALL, teammate: ALL, other: NOT_FOUND },
  // Viewers cannot delete even a claim attributed to them.
  delete_claim: { own: ALL, teammate: REVIEWERS, other: NOT_FOUND },
  list_members: { own: EVERYONE },
  invite_member: { own: ADMINS },
  // "own": your own role; the only admin cannot demote themselves (409), others cannot promote themselves.
  change_role: { own: { ADMIN: 409, EDITOR: 403, FACT_CHECKER: 403, VIEWER: 403 }, teammate: ADMINS, other: NOT_FOUND },
  remove_member: {
    own: { ADMIN: 409, EDITOR: 403, FACT_CHECKER: 403, VIEWER: 403 },
    teammate: ADMINS,
    other: NOT_FOUND,
  },
  edit_rating_scale: { own: ADMINS },
} satisfies Record<string, Partial<Record<TTarget, TRow>>>;

export type TMatrixAction = keyof typeof MATRIX;

export const CELLS = (Object.entries(MATRIX) as [TMatrixAction, Partial<Record<TTarget, TRow>>][]).flatMap(
  ([action, targets]) =>
    (Object.entries(targets) as [TTarget, TRow][]).flatMap(([target, row]) =>
      ROLES.map((role) => ({ action, target, role, expected: row[role] })),
    ),
);

const STATE: Partial<Record<TMatrixAction, ClaimStatus>> = {
  request_changes: "IN_REVIEW",
  approve: "IN_REVIEW",
  reopen: "IN_REVIEW",
  publish: "APPROVED",
};

// Rows are written straight to the database (not through lib's data functions) so the Playwright
// process can run this too: it cannot load the app's message catalogues.
const TEXT = "نجا رئيس الوزراء العراقي من محاولة اغتيال بطائرة مسيّرة مفخّخة في بغداد.";
const EXACT = "بطائرة مسيّرة مفخّخة";
const articles = new Map<string, Promise<string>>();

async function insertArticle(space: TestWorkspace) {
  const createdById = space.members.FACT_CHECKER.id;
  const article = await getDb().article.create({
    data: { workspaceId: space.id, title: "مصفوفة الصلاحيات", language: "ar", direction: "rtl", createdById },
  });
  await getDb().articleRevision.create({
    data: { workspaceId: space.id, articleId: article.id, number: 1, text: TEXT, headings: [], createdById },
  });
  return article.id;
}
const articleOf = (space: TestWorkspace) =>
  articles.get(space.id) ?? articles.set(space.id, insertArticle(space)).get(space.id)!;

/** A claim with everything submitting needs: a statement, a source, a rating and a conclusion. */
async function insertReadyClaim(space: TestWorkspace, ownerId: string, data: object) {
  const db = getDb();
  const start = [...TEXT].length - [...EXACT].length - [..." في بغداد."].length;
  const rating = await db.rating.findUniqueOrThrow({
    where: { workspaceId_key: { workspaceId: space.id, key: "true" } },
  });
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
      createdById: ownerId,
      statement: "الهجوم نُفّذ بطائرة مسيّرة مفخّخة",
      ratingId: rating.id,
      conclusion: "صحيح.",
      ...data,
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
      createdById: ownerId,
    },
  });
  return claim;
}

export type TPrepared = { claimId?: string; version?: number; userId?: string };

/**
 * Makes what one cell acts on: a claim complete enough to submit, owned (written and checked) by the
 * actor, a teammate or someone in the other workspace, in the state the action starts from; or a
 * member to change or remove.
 */
export async function prepareCell(
  ws: TestWorkspace,
  other: TestWorkspace,
  role: Role,
  action: TMatrixAction,
  target: TTarget,
): Promise<TPrepared> {
  const db = getDb();
  const space = target === "other" ? other : ws;
  if (action === "list_members" || action === "invite_member" || action === "edit_rating_scale") return {};
  if (action === "change_role" || action === "remove_member") {
    if (target === "own") return { userId: ws.members[role].id };
    const user = await db.user.create({
      data: { email: `m-${randomUUID()}@test.sanad`, name: "عضو للاختبار", passwordHash: "-" },
    });
    await db.membership.create({ data: { workspaceId: space.id, userId: user.id, role: "VIEWER" } });
    return { userId: user.id };
  }
  const owner =
    target === "own"
      ? ws.members[role]
      : target === "teammate"
        ? ws.members[role === "FACT_CHECKER" ? "EDITOR" : "FACT_CHECKER"]
        : other.members.FACT_CHECKER;
  const status = STATE[action] ?? "DRAFT";
  const now = new Date();
  const thirdEditor = space.members.ADMIN.id === owner.id ? space.members.EDITOR.id : space.members.ADMIN.id;
  const claim = await insertReadyClaim(space, owner.id, {
    assigneeId: owner.role === "VIEWER" ? null : owner.id,
    status,
    ...(status !== "DRAFT" && { submittedAt: now, submittedById: owner.id, reviewStartedAt: now }),
    ...(status === "APPROVED" && { approvedAt: now, approvedById: thirdEditor }),
  });
  return { claimId: claim.id, version: claim.version };
}

/** The HTTP request a cell makes, and the status that means "allowed". */
export function requestFor(
  action: TMatrixAction,
  { claimId, version, userId }: TPrepared,
): { method: string; path: string; body?: object; ok: number } {
  const claim = `/api/v1/claims/${claimId}`;
  const transition = (body: object) => ({ method: "POST", path: `${claim}/transitions`, body, ok: 200 });
  switch (action) {
    case "submit":
    case "approve":
    case "publish":
    case "reopen":
      return transition({ action, version });
    case "request_changes":
      return transition({ action, version, comment: "أضف مصدرًا رسميًا." });
    case "edit_sheet":
      return { method: "PATCH", path: claim, body: { version, checkWorthiness: "HIGH" }, ok: 200 };
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
    case "comment":
      return { method: "POST", path: `${claim}/comments`, body: { body: "ملاحظة" }, ok: 201 };
    case "delete_claim":
      return { method: "DELETE", path: claim, ok: 200 };
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
