import { beforeAll, describe, expect, it } from "vitest";
import { errorResponse } from "@/lib/api/errors";
import { createArticle } from "@/lib/articles/create-article";
import { ZCreateArticle } from "@/lib/articles/schemas";
import { createClaim } from "@/lib/claims/create-claim";
import { deleteClaim } from "@/lib/claims/delete-claim";
import { ZCreateClaim } from "@/lib/claims/schemas";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { listArticleEvents } from "@/lib/events/list-events";
import { createTestWorkspace, type TestWorkspace } from "@/lib/testing/factories";
import { getClaimSheet } from "./get-claim-sheet";
import { ZUpdateClaimSheet } from "./schemas";
import { updateClaimSheet } from "./update-claim-sheet";
import type { StaleClaimError } from "./write-claim-sheet";

const ARTICLE_URL = "https://www.aljazeera.net/news/2021/11/7/kadhimi";
const SHORT = "طائرة مسيّرة مفخّخة";
const LONG =
  "نجا رئيس الوزراء العراقي مصطفى الكاظمي من محاولة اغتيال فاشلة بواسطة طائرة مسيّرة مفخّخة استهدفت مقر إقامته";
const TEXT = `${LONG} في بغداد فجر الأحد.\n\nوأصيب 7 من أفراد الحماية بجروح.`;

let ws: TestWorkspace;
let other: TestWorkspace;
let articleId: string;

const patch = (value: object) => ZUpdateClaimSheet.parse(value);
const newClaim = async (exact = SHORT) =>
  (await createClaim(ws.members.FACT_CHECKER.actor, articleId, ZCreateClaim.parse({ exact }))).id;

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(async () => {
  [ws, other] = await Promise.all([createTestWorkspace("sheet"), createTestWorkspace("sheet-other")]);
  const article = await createArticle(
    ws.members.FACT_CHECKER.actor,
    ZCreateArticle.parse({ title: "بطاقة الادعاء", body: TEXT, sourceUrl: ARTICLE_URL }),
  );
  articleId = article.id;
});

describe("claim sheets (real PostgreSQL)", () => {
  it("start from the claim: the quote as statement, the article as first appearance, version 1, no verdict", async () => {
    const sheet = await getClaimSheet(ws.members.VIEWER.actor, await newClaim());
    expect(sheet).toMatchObject({
      version: 1,
      statement: SHORT,
      statementHint: false,
      claimant: null,
      claimDate: null,
      appearances: [{ url: ARTICLE_URL, fromArticle: true }],
      tags: [],
      checkWorthiness: null,
      // Routing: whoever marked the claim checks it.
      assignee: { id: ws.members.FACT_CHECKER.id },
      sources: [],
      verdict: { rating: null, conclusion: null, rationale: null },
      selector: { exact: SHORT },
      status: "DRAFT",
      anchored: true,
    });
    expect((await getClaimSheet(ws.members.VIEWER.actor, await newClaim(LONG))).statementHint).toBe(true);
  });

  it("save any subset of fields, bump the version and log claim.updated", async () => {
    const id = await newClaim();
    const checker = ws.members.FACT_CHECKER;
    const saved = await updateClaimSheet(
      checker.actor,
      id,
      patch({
        version: 1,
        statement: "  الكاظمي نجا من هجوم   بطائرة مسيّرة ",
        claimant: { name: "خلية الإعلام الأمني", kind: "ORGANIZATION", role: "جهة رسمية" },
        claimDate: "2021-11-07",
        appearances: [ARTICLE_URL, "https://x.com/SMCIraq/status/1457"],
        checkWorthiness: "HIGH",
        assigneeId: checker.id,
      }),
    );
    expect(saved).toMatchObject({
      version: 2,
      statement: "الكاظمي نجا من هجوم بطائرة مسيّرة",
      claimant: { name: "خلية الإعلام الأمني", kind: "ORGANIZATION", role: "جهة رسمية" },
      claimDate: "2021-11-07",
      appearances: [
        { url: ARTICLE_URL, fromArticle: true },
        { url: "https://x.com/SMCIraq/status/1457", fromArticle: false },
      ],
      checkWorthiness: "HIGH",
      assignee: { id: checker.id },
    });
    const events = await listArticleEvents(ws.members.VIEWER.actor, articleId, 0n);
    expect(events.at(-1)).toMatchObject({
      type: "claim.updated",
      claimId: id,
      payload: { id, version: 2, changed: expect.arrayContaining(["statement", "claimant", "assigneeId"]) },
    });

    const tagged = await updateClaimSheet(ws.members.EDITOR.actor, id, patch({ version: 2, tags: ["أمن"] }));
    expect(tagged).toMatchObject({ version: 3, tags: ["أمن"], checkWorthiness: "HIGH", claimDate: "2021-11-07" });
    const cleared = await updateClaimSheet(
      checker.actor,
      id,
      patch({
        version: 3,
        statement: null,
        claimant: null,
        claimDate: "",
        assigneeId: null,
        appearances: [],
        tags: [],
      }),
    );
    expect(cleared).toMatchObject({
      version: 4,
      statement: SHORT,
      claimant: null,
      claimDate: null,
      assignee: null,
      appearances: [{ fromArticle: true }],
      tags: [],
    });
  });

  it("refuse a stale version with 409 and the current sheet, changing nothing", async () => {
    const id = await newClaim();
    await updateClaimSheet(ws.members.FACT_CHECKER.actor, id, patch({ version: 1, checkWorthiness: "LOW" }));
    const error = await failure(
      updateClaimSheet(ws.members.EDITOR.actor, id, patch({ version: 1, checkWorthiness: "HIGH" })),
    );
    expect(error.code).toBe("conflict");
    expect((error as StaleClaimError).current).toMatchObject({ id, version: 2, checkWorthiness: "LOW" });
    const response = errorResponse(error, "ar");
    expect(response.status).toBe(409);
    const body = await response.json();
    expect(body.error).toMatchObject({ code: "conflict", current: { id, version: 2 } });
    expect(body.error.message).toContain("النسخة 2");
    expect(await getClaimSheet(ws.members.VIEWER.actor, id)).toMatchObject({ version: 2, checkWorthiness: "LOW" });
  });

  it("let only one of two simultaneous writes on the same version through", async () => {
    const id = await newClaim();
    const write = (level: "LOW" | "HIGH") =>
      updateClaimSheet(ws.members.FACT_CHECKER.actor, id, patch({ version: 1, checkWorthiness: level }));
    const results = await Promise.allSettled([write("LOW"), write("HIGH")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected");
    expect((rejected as PromiseRejectedResult).reason).toMatchObject({ code: "conflict", current: { version: 2 } });
  });

  it("keep one workspace tag per folded name, created on the fly, and never share tags across workspaces", async () => {
    const first = await updateClaimSheet(
      ws.members.FACT_CHECKER.actor,
      await newClaim(),
      patch({ version: 1, tags: ["الانتخابات", "الإنتخابات", "Gaza", " gaza ", "اقتصاد"] }),
    );
    expect(first.tags).toEqual(["الانتخابات", "Gaza", "اقتصاد"]);
    const second = await updateClaimSheet(
      ws.members.FACT_CHECKER.actor,
      await newClaim(),
      patch({ version: 1, tags: ["اقتصاد", "الإنتخابات"] }),
    );
    expect(second.tags).toEqual(["اقتصاد", "الانتخابات"]);
    expect(
      await getDb().tag.count({ where: { workspaceId: ws.id, key: { in: ["الانتخابات", "gaza", "اقتصاد"] } } }),
    ).toBe(3);
    const article = await createArticle(other.members.ADMIN.actor, ZCreateArticle.parse({ title: "آخر", body: TEXT }));
    const theirs = await createClaim(other.members.ADMIN.actor, article.id, ZCreateClaim.parse({ exact: SHORT }));
    expect(
      (await updateClaimSheet(other.members.ADMIN.actor, theirs.id, patch({ version: 1, tags: ["الإنتخابات"] }))).tags,
    ).toEqual(["الإنتخابات"]);
  });

  it("keep HTML typed into plain fields as inert text", async () => {
    const sheet = await updateClaimSheet(
      ws.members.FACT_CHECKER.actor,
      await newClaim(),
      patch({
        version: 1,
        statement: '<script>alert("x")</script> قال <b>الوزير</b>',
        claimant: { name: "<img src=x onerror=alert(1)>", kind: "PERSON" },
      }),
    );
    expect(sheet.statement).toBe('<script>alert("x")</script> قال <b>الوزير</b>');
    expect(sheet.claimant?.name).toBe("<img src=x onerror=alert(1)>");
  });

  it("refuse an assignee who is not a member, or a viewer, without storing anything else", async () => {
    const id = await newClaim();
    const outsider = await failure(
      updateClaimSheet(
        ws.members.EDITOR.actor,
        id,
        patch({ version: 1, tags: ["لن يُحفظ"], statement: "لن يُحفظ", assigneeId: other.members.ADMIN.id }),
      ),
    );
    expect(outsider).toMatchObject({
      code: "validation_failed",
      fields: { assigneeId: "Choose a member of this workspace." },
    });
    const viewer = await failure(
      updateClaimSheet(ws.members.EDITOR.actor, id, patch({ version: 1, assigneeId: ws.members.VIEWER.id })),
    );
    expect(viewer.fields?.assigneeId).toMatch(/cannot check claims/);
    // A checker cannot hand a claim to someone else (editors and admins assign).
    const handed = await failure(
      updateClaimSheet(ws.members.FACT_CHECKER.actor, id, patch({ version: 1, assigneeId: ws.members.EDITOR.id })),
    );
    expect(handed.code).toBe("forbidden");
    expect(
      (await failure(updateClaimSheet(ws.members.EDITOR.actor, id, patch({ version: 1, assigneeId: "no-such-user" }))))
        .code,
    ).toBe("validation_failed");
    expect(await getClaimSheet(ws.members.VIEWER.actor, id)).toMatchObject({
      version: 1,
      tags: [],
      statement: SHORT,
      assignee: { id: ws.members.FACT_CHECKER.id },
    });
    expect(await getDb().tag.count({ where: { workspaceId: ws.id, name: "لن يُحفظ" } })).toBe(0);
  });

  it("are read by viewers but written only by fact-checkers and above; other workspaces and deleted claims are not found", async () => {
    const id = await newClaim();
    expect((await getClaimSheet(ws.members.VIEWER.actor, id)).id).toBe(id);
    expect(
      (await failure(updateClaimSheet(ws.members.VIEWER.actor, id, patch({ version: 1, checkWorthiness: "LOW" }))))
        .code,
    ).toBe("forbidden");
    expect((await failure(getClaimSheet(other.members.ADMIN.actor, id))).code).toBe("not_found");
    expect(
      (await failure(updateClaimSheet(other.members.ADMIN.actor, id, patch({ version: 1, checkWorthiness: "LOW" }))))
        .code,
    ).toBe("not_found");
    await deleteClaim(ws.members.EDITOR.actor, id);
    expect((await failure(getClaimSheet(ws.members.EDITOR.actor, id))).code).toBe("not_found");
    expect(
      (await failure(updateClaimSheet(ws.members.EDITOR.actor, id, patch({ version: 1, checkWorthiness: "LOW" }))))
        .code,
    ).toBe("not_found");
  });
});
