import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/create-article";
import { ZCreateArticle } from "@/lib/articles/schemas";
import { getClaimSheet } from "@/lib/claim-sheet/get-claim-sheet";
import { ZUpdateClaimSheet } from "@/lib/claim-sheet/schemas";
import { updateClaimSheet } from "@/lib/claim-sheet/update-claim-sheet";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { missingClaimReviewFields } from "@/lib/exports/claim-review-fields";
import { createTestWorkspace, type TestWorkspace } from "@/lib/testing/factories";
import { createCheckedClaim } from "@/lib/testing/published-claim";
import { transitionClaim } from "@/lib/workflow/transition-claim";
import { listDeliveries, retryDelivery } from "./deliveries";
import { createWebhook, deleteWebhook, listWebhooks, updateWebhook } from "./manage-webhooks";
import { ZCreateWebhook, ZUpdateWebhook } from "./schemas";
import { CHECK, TEXT } from "./test-data";

let ws: TestWorkspace;
let other: TestWorkspace;
let articleId: string;

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

// Receivers on a closed loopback port: nothing here is ever sent (no worker runs in tests).
const hook = (path: string, events?: string[]) => ZCreateWebhook.parse({ url: `http://127.0.0.1:9/${path}`, events });

beforeAll(async () => {
  process.env.SANAD_ALLOW_PRIVATE_FETCH = "1";
  [ws, other] = await Promise.all([createTestWorkspace("hooks"), createTestWorkspace("hooks-other")]);
  articleId = (
    await createArticle(
      ws.members.FACT_CHECKER.actor,
      ZCreateArticle.parse({ title: "خطافات", body: TEXT, sourceUrl: "https://news.example/kadhimi" }),
    )
  ).id;
}, 60_000);

afterAll(async () => {
  await getDb().webhook.deleteMany({ where: { workspaceId: { in: [ws.id, other.id] } } });
});

describe("webhooks (real PostgreSQL)", () => {
  it("are managed by admins only, with a random secret; another workspace's is not found", async () => {
    const admin = ws.members.ADMIN.actor;
    const created = await createWebhook(admin, hook("a"));
    expect(created).toMatchObject({
      url: "http://127.0.0.1:9/a",
      events: ["claim.published", "claim.corrected", "claim.retracted"],
      active: true,
    });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9_-]{32}$/);
    expect((await createWebhook(admin, hook("b"))).secret).not.toBe(created.secret);
    for (const role of ["EDITOR", "FACT_CHECKER", "VIEWER"] as const) {
      expect((await failure(listWebhooks(ws.members[role].actor))).code).toBe("forbidden");
      expect((await failure(createWebhook(ws.members[role].actor, hook("c")))).code).toBe("forbidden");
    }
    const otherAdmin = other.members.ADMIN.actor;
    expect((await failure(updateWebhook(otherAdmin, created.id, { active: false }))).code).toBe("not_found");
    expect((await failure(listDeliveries(otherAdmin, created.id))).code).toBe("not_found");
    expect((await failure(deleteWebhook(otherAdmin, created.id))).code).toBe("not_found");
    expect((await listWebhooks(otherAdmin)).webhooks).toEqual([]);
    const rotated = await updateWebhook(
      admin,
      created.id,
      ZUpdateWebhook.parse({ rotateSecret: true, events: ["claim.corrected"] }),
    );
    expect(rotated.secret).not.toBe(created.secret);
    expect(rotated.events).toEqual(["claim.corrected"]);
    await deleteWebhook(admin, created.id);
    expect((await listWebhooks(admin)).webhooks.map((w) => w.url)).toEqual(["http://127.0.0.1:9/b"]);
    await getDb().webhook.deleteMany({ where: { workspaceId: ws.id } });
  });

  it("accept only http(s) URLs and events they know; private and reserved addresses only with SANAD_ALLOW_PRIVATE_FETCH=1", async () => {
    const admin = ws.members.ADMIN.actor;
    expect(ZCreateWebhook.safeParse({ url: "ftp://example.org/x" }).success).toBe(false);
    expect(ZCreateWebhook.safeParse({ url: "https://example.org/x", events: ["claim.deleted"] }).success).toBe(false);
    expect(ZCreateWebhook.safeParse({ url: "https://example.org/x", events: [] }).success).toBe(false);
    delete process.env.SANAD_ALLOW_PRIVATE_FETCH;
    try {
      for (const url of [
        "http://127.0.0.1:8080/x",
        "http://localhost/x",
        "http://10.1.2.3/",
        "http://169.254.169.254/latest",
        "http://[::1]/",
        "http://[::ffff:192.168.1.1]/",
        "http://[::ffff:7f00:1]/",
        "http://[64:ff9b::7f00:1]/",
        "http://[2002:7f00:1::1]/",
        "http://192.0.2.10/",
        "http://198.51.100.1/",
        "http://2130706433/",
        "http://api.localhost/",
      ]) {
        const refused = await failure(createWebhook(admin, ZCreateWebhook.parse({ url })));
        expect([refused.code, refused.fields?.url], url).toEqual(["validation_failed", expect.any(String)]);
        expect(refused.fields?.url).toMatch(/private or local network/);
      }
      const kept = await createWebhook(admin, ZCreateWebhook.parse({ url: "https://hooks.example.org/sanad" }));
      const moved = updateWebhook(admin, kept.id, ZUpdateWebhook.parse({ url: "http://10.0.0.1/x" }));
      expect((await failure(moved)).fields?.url).toMatch(/private or local network/);
      await deleteWebhook(admin, kept.id);
    } finally {
      process.env.SANAD_ALLOW_PRIVATE_FETCH = "1";
    }
    const local = await createWebhook(admin, ZCreateWebhook.parse({ url: "http://127.0.0.1:8080/x" }));
    await deleteWebhook(admin, local.id);
  });

  it("get exactly one claim.published delivery per active webhook that wants it, with the ClaimReview", async () => {
    const admin = ws.members.ADMIN.actor;
    const both = await createWebhook(admin, hook("both"));
    const correctedOnly = await createWebhook(admin, hook("corrected", ["claim.corrected"]));
    const disabled = await createWebhook(admin, hook("disabled"));
    await updateWebhook(admin, disabled.id, { active: false });
    await createWebhook(other.members.ADMIN.actor, hook("elsewhere"));

    const claimId = await createCheckedClaim(ws.members.FACT_CHECKER.actor, articleId, CHECK);
    const rows = await getDb().webhookDelivery.findMany({ where: { claimId } });
    expect(rows.map((r) => [r.webhookId, r.event, r.status, r.attempts])).toEqual([
      [both.id, "claim.published", "pending", 0],
    ]);
    const payload = rows[0].payload as {
      event: string;
      claimId: string;
      articleId: string;
      publication: number;
      reportUrl: string;
      claimReview: Record<string, unknown>;
    };
    expect(payload).toMatchObject({ event: "claim.published", claimId, articleId, publication: 1 });
    expect(payload.claimReview).toMatchObject({
      "@type": "ClaimReview",
      claimReviewed: CHECK.statement,
      url: `${payload.reportUrl}#claim-${claimId}`,
    });
    expect(missingClaimReviewFields(payload.claimReview as never)).toEqual([]);
    expect((await listDeliveries(admin, both.id)).deliveries).toMatchObject([
      { claimId, status: "pending", attempts: 0, event: "claim.published" },
    ]);
    expect((await listDeliveries(admin, correctedOnly.id)).deliveries).toEqual([]);

    // A correction: edited, approved again, republished with a note.
    const checker = ws.members.FACT_CHECKER.actor;
    const { version } = await getClaimSheet(checker, claimId);
    await updateClaimSheet(
      checker,
      claimId,
      ZUpdateClaimSheet.parse({ version, statement: "الكاظمي نجا من هجوم بطائرتين مسيّرتين" }),
    );
    expect(await getDb().webhookDelivery.count({ where: { claimId } })).toBe(1);
    await transitionClaim(ws.members.EDITOR.actor, claimId, { action: "approve", comment: undefined });
    await transitionClaim(ws.members.EDITOR.actor, claimId, { action: "publish", comment: "كانت طائرتين لا واحدة" });
    const corrected = await getDb().webhookDelivery.findMany({
      where: { claimId, event: "claim.corrected" },
      orderBy: { webhookId: "asc" },
    });
    expect(corrected.map((r) => r.webhookId).sort()).toEqual([both.id, correctedOnly.id].sort());
    expect(corrected[0].payload).toMatchObject({
      publication: 2,
      claimReview: { claimReviewed: "الكاظمي نجا من هجوم بطائرتين مسيّرتين" },
    });

    // A retraction: receivers of the ClaimReview are told to withdraw it, with the public note.
    const note = "تبيّن أن الصور المستند إليها مفبركة.";
    await transitionClaim(ws.members.ADMIN.actor, claimId, { action: "retract", comment: note });
    const retracted = await getDb().webhookDelivery.findMany({ where: { claimId, event: "claim.retracted" } });
    expect(retracted.map((r) => r.webhookId)).toEqual([both.id]);
    expect(retracted[0].payload).toEqual({
      event: "claim.retracted",
      claimId,
      articleId,
      publication: 2,
      reportUrl: expect.stringMatching(/\/r\//),
      retraction: { note, retractedAt: expect.any(String) },
    });
  });

  it("retry a failed delivery on request, but not one that succeeded", async () => {
    const admin = ws.members.ADMIN.actor;
    const row = await getDb().webhookDelivery.findFirstOrThrow({
      where: { workspaceId: ws.id, event: "claim.published" },
    });
    await getDb().webhookDelivery.update({
      where: { id: row.id },
      data: { status: "failed", attempts: 6, lastStatusCode: 500, nextAttemptAt: new Date(0) },
    });
    const now = new Date();
    expect(await retryDelivery(admin, row.webhookId, row.id, now)).toMatchObject({
      status: "pending",
      attempts: 6,
      nextAttemptAt: now.toISOString(),
    });
    expect((await failure(retryDelivery(ws.members.EDITOR.actor, row.webhookId, row.id))).code).toBe("forbidden");
    expect((await failure(retryDelivery(other.members.ADMIN.actor, row.webhookId, row.id))).code).toBe("not_found");
    await getDb().webhookDelivery.update({ where: { id: row.id }, data: { status: "succeeded" } });
    expect((await failure(retryDelivery(admin, row.webhookId, row.id))).code).toBe("conflict");
  });
});
