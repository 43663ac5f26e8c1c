import path from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { TEST_ARTICLE } from "@/lib/testing/claims";
import { createTestWorkspace, type TestWorkspace } from "@/lib/testing/factories";
import { createToken, revokeToken } from "@/lib/tokens/manage-tokens";
import { ZCreateToken } from "@/lib/tokens/schemas";
import type { Role } from "@/lib/db/generated/enums";
import type { AnyEndpoint } from "./endpoint";
import { ENDPOINTS } from "./endpoints";
import { TOKEN_API, WEBHOOK_API } from "./endpoints/admin";
import { ARTICLE_API } from "./endpoints/articles";
import { CLAIM_API } from "./endpoints/claims";
import { FINDER_API } from "./endpoints/finder";
import { META_API } from "./endpoints/meta";
import { REVIEW_API } from "./endpoints/review";
import { ME_API, WORKSPACE_API } from "./endpoints/workspace";
import { responseMismatch } from "./respond";
import type { RouteHandler } from "./route";

// Every endpoint once through its real route file with a bearer token: outside production the wrapper
// checks each JSON answer against the endpoint's response schema and answers a mismatch with a 500.

type TCall = { as?: Role; params?: Record<string, string>; query?: Record<string, string>; body?: unknown };
type TJson = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let ws: TestWorkspace;
const secrets = {} as Record<Role, string>;
const answered = new Set<AnyEndpoint>();

async function call(endpoint: AnyEndpoint, { as = "FACT_CHECKER", params = {}, query, body }: TCall = {}) {
  const dir = endpoint.path.replace(/\{(\w+)\}/g, "[$1]");
  const file = path.join(process.cwd(), "app/api/v1", dir, "route.ts");
  const route = (await import(pathToFileURL(file).href)) as Record<string, RouteHandler>;
  const url = new URL(`http://localhost/api/v1${endpoint.path.replace(/\{(\w+)\}/g, (_, n: string) => params[n])}`);
  for (const [key, value] of Object.entries(query ?? {})) url.searchParams.set(key, value);
  const headers: Record<string, string> = { authorization: `Bearer ${secrets[as]}` };
  if (body !== undefined) headers["content-type"] = "application/json";
  const request = new Request(url, {
    method: endpoint.method,
    headers,
    body: body === undefined ? null : JSON.stringify(body),
  });
  const response = await route[endpoint.method](request, { params: Promise.resolve(params) });
  const text = await response.text();
  expect(response.status, `${endpoint.method} ${endpoint.path}: ${text}`).toBe(endpoint.status);
  answered.add(endpoint);
  return endpoint.response ? (JSON.parse(text) as TJson) : {};
}

beforeAll(async () => {
  ws = await createTestWorkspace("contract");
  for (const role of ["ADMIN", "EDITOR", "FACT_CHECKER", "VIEWER"] as Role[])
    secrets[role] = (
      await createToken(ws.members[role].actor, ZCreateToken.parse({ name: "t", expiresInDays: 1 }))
    ).secret;
});

describe("every endpoint's answer matches its response schema", () => {
  it("articles, claims, sheets, sources and verdicts", async () => {
    const article = await call(ARTICLE_API.create, { body: { title: "عقد", body: TEST_ARTICLE } });
    const id = article.id as string;
    await call(ARTICLE_API.list, { query: { q: "الكاظمي" } });
    await call(ARTICLE_API.get, { params: { id } });
    const claim = await call(ARTICLE_API.createClaim, { params: { id }, body: { exact: "بطائرة مسيّرة مفخّخة" } });
    await call(ARTICLE_API.claims, { params: { id } });
    const claimId = { id: claim.id as string };
    await call(CLAIM_API.get, { params: claimId });
    let sheet = await call(CLAIM_API.update, {
      params: claimId,
      body: {
        version: 1,
        statement: "الكاظمي نجا من هجوم بطائرة مسيّرة",
        claimant: { name: "خلية الإعلام الأمني", kind: "ORGANIZATION", role: "جهة رسمية" },
        claimDate: "2021-11-07",
        appearances: ["https://example.org/report"],
        tags: ["أمن"],
        checkWorthiness: "HIGH",
        assigneeId: ws.members.FACT_CHECKER.id,
        reviewerId: ws.members.EDITOR.id,
      },
    });
    const source = (url: string) => ({ version: sheet.version, url, title: "مصدر", stance: "SUPPORTS" });
    sheet = await call(CLAIM_API.addSource, { params: claimId, body: source("https://example.gov.iq/a") });
    sheet = await call(CLAIM_API.addSource, { params: claimId, body: source("https://example.gov.iq/b") });
    const [first, second] = sheet.sources.map((s: TJson) => s.id as string);
    sheet = await call(CLAIM_API.updateSource, {
      params: { ...claimId, sourceId: first },
      body: { version: sheet.version, publisher: "الحكومة", publishedAt: "2021-11-07" },
    });
    sheet = await call(CLAIM_API.reorderSources, {
      params: claimId,
      body: { version: sheet.version, ids: [second, first] },
    });
    sheet = await call(CLAIM_API.removeSource, {
      params: { ...claimId, sourceId: second },
      body: { version: sheet.version },
    });
    const rationale = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "أكدت [1]." }] }] };
    await call(CLAIM_API.setVerdict, {
      params: claimId,
      body: { version: sheet.version, ratingKey: "true", conclusion: "صحيح.", rationale },
    });
    await call(ARTICLE_API.update, { params: { id }, body: { text: `${TEST_ARTICLE}\n\nفقرة جديدة.`, revision: 1 } });
    const other = await call(ARTICLE_API.createClaim, { params: { id }, body: { exact: "فقرة جديدة" } });
    await call(CLAIM_API.anchor, { params: { id: other.id }, body: { exact: "7 من أفراد الحماية" } });
    await call(CLAIM_API.delete, { params: { id: other.id } });
    const annotation = (exact: string) => ({
      type: "Annotation",
      target: { selector: { type: "TextQuoteSelector", exact } },
    });
    const imported = await call(ARTICLE_API.import, {
      params: { id },
      body: [annotation("مصطفى الكاظمي"), annotation("كلمات غير موجودة في النص"), { type: "Note" }],
    });
    expect([imported.anchored, imported.orphaned.length, imported.skipped.length]).toEqual([1, 1, 1]);
  });

  it("review: transitions, comments, publications, history, queues and notifications", async () => {
    const { id } = await call(ARTICLE_API.create, { body: { title: "مراجعة", body: TEST_ARTICLE } });
    const { id: claimId } = await call(ARTICLE_API.createClaim, {
      params: { id },
      body: { exact: "بطائرة مسيّرة مفخّخة" },
    });
    const params = { id: claimId as string };
    let sheet = await call(CLAIM_API.update, { params, body: { version: 1, statement: "هجوم بمسيّرة" } });
    sheet = await call(CLAIM_API.addSource, {
      params,
      body: { version: sheet.version, url: "https://example.gov.iq/s", title: "بيان" },
    });
    await call(CLAIM_API.setVerdict, {
      params,
      body: { version: sheet.version, ratingKey: "false", conclusion: "زائف." },
    });
    await call(WEBHOOK_API.create, { as: "ADMIN", body: { url: "https://hooks.example.org/sanad" } });
    const refused = await call(REVIEW_API.transitions, { as: "EDITOR", params });
    expect(refused.actions.find((a: TJson) => a.action === "approve").allowed).toBe(false);
    await call(REVIEW_API.transition, { params, body: { action: "submit" } });
    const handle = ws.members.FACT_CHECKER.email.split("@")[0];
    const comment = await call(REVIEW_API.comment, { as: "EDITOR", params, body: { body: `@${handle} مصدر ثانٍ؟` } });
    await call(REVIEW_API.comment, { params, body: { body: "أضفته.", parentId: comment.id } });
    await call(REVIEW_API.updateComment, {
      as: "EDITOR",
      params: { ...params, commentId: comment.id },
      body: { resolved: true },
    });
    await call(REVIEW_API.comments, { params });
    await call(ME_API.queue, { as: "EDITOR", query: { kind: "review" } });
    await call(ME_API.queue, { query: { kind: "work", status: "IN_REVIEW" } });
    await call(REVIEW_API.transition, { as: "EDITOR", params, body: { action: "approve" } });
    await call(REVIEW_API.transition, { as: "EDITOR", params, body: { action: "publish" } });
    await call(REVIEW_API.publications, { params });
    await call(REVIEW_API.history, { params });
    await call(ARTICLE_API.export, { params: { id }, query: { format: "claimreview" } });
    const { notifications } = await call(ME_API.notifications, { query: { unread: "1" } });
    expect(notifications.length).toBeGreaterThan(0);
    await call(ME_API.markRead, { body: { claimIds: [claimId] } });
    await call(ME_API.markRead, { body: { all: true } });
    // A retraction, with the sheet that says who retracted it; then an assignment of many claims.
    const retracted = await call(REVIEW_API.transition, {
      as: "ADMIN",
      params,
      body: { action: "retract", comment: "البيان مزوّر." },
    });
    expect(retracted.workflow.retracted).toMatchObject({ by: { id: ws.members.ADMIN.id }, note: "البيان مزوّر." });
    const { id: draftId } = await call(ARTICLE_API.createClaim, { params: { id }, body: { exact: "رئيس الوزراء" } });
    await call(CLAIM_API.assign, {
      as: "EDITOR",
      body: { claimIds: [draftId], assigneeId: ws.members.EDITOR.id },
    });
  });

  it("workspace settings, members, tags, tokens and webhooks", async () => {
    await call(WORKSPACE_API.members, { as: "VIEWER" });
    const { member } = await call(WORKSPACE_API.invite, {
      as: "ADMIN",
      body: { email: `new-${ws.slug}@test.sanad`, name: "عضو جديد", role: "VIEWER" },
    });
    await call(WORKSPACE_API.changeRole, {
      as: "ADMIN",
      params: { userId: member.id },
      body: { role: "FACT_CHECKER" },
    });
    await call(WORKSPACE_API.removeMember, { as: "ADMIN", params: { userId: member.id } });
    const scale = await call(WORKSPACE_API.ratingScale);
    const ratings = scale.ratings.map(({ key, labelAr, labelEn, description, color, value, retired }: TJson) => ({
      ...{ key, labelAr, labelEn, description, color, value, retired },
    }));
    await call(WORKSPACE_API.replaceRatingScale, { as: "ADMIN", body: { ratings: ratings.reverse() } });
    await call(WORKSPACE_API.reportSettings, { as: "VIEWER" });
    await call(WORKSPACE_API.updateReportSettings, { as: "ADMIN", body: { orgName: "غرفة الأخبار", logoUrl: null } });
    await call(WORKSPACE_API.tags, { query: { q: "أم" } });
    await call(TOKEN_API.list);
    const webhook = await call(WEBHOOK_API.create, { as: "ADMIN", body: { url: "https://hooks.example.org/other" } });
    await call(WEBHOOK_API.list, { as: "ADMIN" });
    await call(WEBHOOK_API.update, {
      as: "ADMIN",
      params: { id: webhook.id },
      body: { active: false, rotateSecret: true },
    });
    await call(WEBHOOK_API.deliveries, { as: "ADMIN", params: { id: webhook.id } });
    await call(WEBHOOK_API.delete, { as: "ADMIN", params: { id: webhook.id } });
    await call(META_API.openapi);
  });

  it("webhook retries, and the token endpoints a token may not call (checked on their data functions)", async () => {
    const [hook] = (await call(WEBHOOK_API.list, { as: "ADMIN" })).webhooks;
    const [delivery] = (await call(WEBHOOK_API.deliveries, { as: "ADMIN", params: { id: hook.id } })).deliveries;
    await call(WEBHOOK_API.retry, { as: "ADMIN", params: { id: hook.id, deliveryId: delivery.id } });
    const actor = ws.members.EDITOR.actor;
    const created = await createToken(actor, ZCreateToken.parse({ name: "x", expiresInDays: 2 }));
    expect(responseMismatch(TOKEN_API.create, JSON.parse(JSON.stringify(created)))).toBeNull();
    const revoked = await revokeToken(actor, created.token.id);
    expect(responseMismatch(TOKEN_API.revoke, JSON.parse(JSON.stringify(revoked)))).toBeNull();
    [TOKEN_API.create, TOKEN_API.revoke].forEach((e) => answered.add(e));
  });

  it("claim finder: suggestions, dismissals, checks and its setting", async () => {
    const { id } = await call(ARTICLE_API.create, { body: { title: "مكتشف", body: TEST_ARTICLE } });
    const { suggestions } = await call(FINDER_API.suggestions, { params: { id } });
    const { start, end } = suggestions[0];
    const dismissal = await call(FINDER_API.dismiss, { params: { id }, body: { start, end } });
    await call(FINDER_API.undoDismissal, { params: { id, dismissalId: dismissal.id } });
    await call(FINDER_API.checks, { params: { id } });
    await call(FINDER_API.settings, { as: "VIEWER" });
    await call(FINDER_API.updateSettings, { as: "ADMIN", body: { suggestions: true } });
  });

  it("left no endpoint out (the event stream never ends, so it is not called here)", () => {
    const streams: AnyEndpoint[] = [ARTICLE_API.events, ME_API.events];
    const missing = ENDPOINTS.filter((e) => !answered.has(e) && !streams.includes(e));
    expect(missing.map((e) => `${e.method} ${e.path}`)).toEqual([]);
  });
});
