import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/create-article";
import { ZCreateArticle } from "@/lib/articles/schemas";
import { getDb } from "@/lib/db/client";
import { createTestWorkspace, type TestWorkspace } from "@/lib/testing/factories";
import { createCheckedClaim } from "@/lib/testing/published-claim";
import { listDeliveries } from "./deliveries";
import { createWebhook } from "./manage-webhooks";
import { MAX_ATTEMPTS, retryDelayMs } from "./schedule";
import { ZCreateWebhook } from "./schemas";
import { signWebhook, verifyWebhook } from "./signature";
import { CHECK, TEXT } from "./test-data";
import { claimDueDeliveries, runDueDeliveries } from "./worker";

type Received = { headers: Record<string, string | string[] | undefined>; body: string; valid: boolean };

/** A real receiver on a random loopback port: answers each request with the next status of `answers`, checking the signature as a receiver would. */
function startReceiver(secret: () => string, answers: number[]) {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (c: Buffer) => chunks.push(c));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const valid = verifyWebhook(
        secret(),
        String(request.headers["x-sanad-timestamp"]),
        body,
        String(request.headers["x-sanad-signature"]),
      );
      received.push({ headers: request.headers, body, valid });
      response.statusCode = answers[received.length - 1] ?? 200;
      response.end("ok");
    });
  });
  return new Promise<{ server: Server; url: string; received: Received[] }>((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/sanad`, received }),
    ),
  );
}

let ws: TestWorkspace;
let articleId: string;
const servers: Server[] = [];

beforeAll(async () => {
  process.env.SANAD_ALLOW_PRIVATE_FETCH = "1";
  ws = await createTestWorkspace("hook-worker");
  articleId = (await createArticle(ws.members.FACT_CHECKER.actor, ZCreateArticle.parse({ title: "تسليم", body: TEXT })))
    .id;
}, 60_000);

afterAll(async () => {
  await getDb().webhook.deleteMany({ where: { workspaceId: ws.id } });
  for (const server of servers) server.close();
});

describe("webhook signatures and schedule", () => {
  it("sign `${timestamp}.${body}` with HMAC-SHA256, hex, and verify only the exact bytes", () => {
    // Known answer: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac whsec_test
    const signature = signWebhook("whsec_test", 1700000000, '{"a":1}');
    expect(signature).toBe("sha256=38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789");
    expect(verifyWebhook("whsec_test", "1700000000", '{"a":1}', signature)).toBe(true);
    expect(verifyWebhook("whsec_test", "1700000001", '{"a":1}', signature)).toBe(false);
    expect(verifyWebhook("whsec_test", "1700000000", '{"a": 1}', signature)).toBe(false);
    expect(verifyWebhook("whsec_other", "1700000000", '{"a":1}', signature)).toBe(false);
  });

  it("wait 30 s, 2 min, 10 min, 1 h, 6 h between six attempts, then stop", () => {
    expect([1, 2, 3, 4, 5].map(retryDelayMs)).toEqual([30_000, 120_000, 600_000, 3_600_000, 21_600_000]);
    expect(MAX_ATTEMPTS).toBe(6);
    expect(retryDelayMs(6)).toBeNull();
    expect(retryDelayMs(7)).toBeNull();
  });
});

describe("the delivery worker (real PostgreSQL, real HTTP)", () => {
  it("delivers a signed ClaimReview; a 500 is retried after 30 s and then succeeds", async () => {
    let secret = "";
    const receiver = await startReceiver(() => secret, [500, 200]);
    servers.push(receiver.server);
    const hook = await createWebhook(ws.members.ADMIN.actor, ZCreateWebhook.parse({ url: receiver.url }));
    secret = hook.secret;
    const claimId = await createCheckedClaim(ws.members.FACT_CHECKER.actor, articleId, CHECK);
    const t0 = new Date(Date.now() + 1000);

    await runDueDeliveries(t0);
    expect(receiver.received).toHaveLength(1);
    const [first] = receiver.received;
    expect(first.valid).toBe(true);
    expect(first.headers).toMatchObject({
      "x-sanad-event": "claim.published",
      "content-type": "application/json",
      "x-sanad-timestamp": String(Math.floor(t0.getTime() / 1000)),
    });
    const body = JSON.parse(first.body);
    expect(body).toMatchObject({
      event: "claim.published",
      claimId,
      articleId,
      publication: 1,
      claimReview: { "@type": "ClaimReview", claimReviewed: CHECK.statement },
    });
    let [log] = (await listDeliveries(ws.members.ADMIN.actor, hook.id)).deliveries;
    expect(first.headers["x-sanad-delivery"]).toBe(log.id);
    expect(log).toMatchObject({
      status: "pending",
      attempts: 1,
      lastStatusCode: 500,
      lastError: "HTTP 500",
      nextAttemptAt: new Date(t0.getTime() + 30_000).toISOString(),
    });

    await runDueDeliveries(new Date(t0.getTime() + 29_000));
    expect(receiver.received).toHaveLength(1);

    const t1 = new Date(t0.getTime() + 30_000);
    await runDueDeliveries(t1);
    expect(receiver.received).toHaveLength(2);
    expect(receiver.received[1]).toMatchObject({ valid: true, body: first.body });
    expect(receiver.received[1].headers["x-sanad-delivery"]).toBe(log.id);
    [log] = (await listDeliveries(ws.members.ADMIN.actor, hook.id)).deliveries;
    expect(log).toMatchObject({
      status: "succeeded",
      attempts: 2,
      lastStatusCode: 200,
      lastError: null,
      nextAttemptAt: null,
      deliveredAt: t1.toISOString(),
    });
  });

  it("gives up after the sixth failed attempt", async () => {
    const receiver = await startReceiver(() => "", [503, 503, 503, 503, 503, 503, 503]);
    servers.push(receiver.server);
    const hook = await createWebhook(ws.members.ADMIN.actor, ZCreateWebhook.parse({ url: receiver.url }));
    await createCheckedClaim(ws.members.FACT_CHECKER.actor, articleId, {
      ...CHECK,
      exact: "سبعة من أفراد الحماية",
      statement: "سبعة حراس أصيبوا",
    });
    let at = Date.now() + 1000;
    for (let attempt = 1; attempt <= 6; attempt++) {
      await runDueDeliveries(new Date(at));
      at += retryDelayMs(attempt) ?? 0;
    }
    await runDueDeliveries(new Date(at + 86_400_000));
    expect(receiver.received).toHaveLength(6);
    expect((await listDeliveries(ws.members.ADMIN.actor, hook.id)).deliveries).toMatchObject([
      { status: "failed", attempts: 6, lastStatusCode: 503, nextAttemptAt: null },
    ]);
  });

  it("hands each due attempt to exactly one of several concurrent claimers", async () => {
    const hook = await createWebhook(ws.members.ADMIN.actor, ZCreateWebhook.parse({ url: "http://127.0.0.1:9/never" }));
    const now = new Date(Date.now() + 1000);
    const rows = Array.from({ length: 12 }, (_, i) => ({
      workspaceId: ws.id,
      webhookId: hook.id,
      event: "claim.published",
      claimId: `claim-${i}`,
      payload: { i },
      nextAttemptAt: new Date(now.getTime() - 1000),
    }));
    await getDb().webhookDelivery.createMany({ data: rows });
    const runs = await Promise.all(Array.from({ length: 4 }, () => claimDueDeliveries(now, 50)));
    const mine = runs.flat().filter((d) => d.url === "http://127.0.0.1:9/never");
    expect(mine).toHaveLength(12);
    expect(new Set(mine.map((d) => d.id)).size).toBe(12);
    expect(mine.every((d) => d.attempt === 1)).toBe(true);
    // While claimed, nobody else gets them.
    expect((await claimDueDeliveries(now, 50)).filter((d) => d.url === "http://127.0.0.1:9/never")).toEqual([]);
  });

  it("never reaches a target that became refused, and logs no answer from it", async () => {
    const receiver = await startReceiver(() => "", [200]);
    servers.push(receiver.server);
    const hook = await createWebhook(ws.members.ADMIN.actor, ZCreateWebhook.parse({ url: receiver.url }));
    await getDb().webhook.updateMany({ where: { workspaceId: ws.id, id: { not: hook.id } }, data: { active: false } });
    await createCheckedClaim(ws.members.FACT_CHECKER.actor, articleId, {
      ...CHECK,
      exact: "مقر إقامته في بغداد",
      statement: "الهجوم استهدف مقر إقامته",
    });
    delete process.env.SANAD_ALLOW_PRIVATE_FETCH;
    try {
      await runDueDeliveries(new Date(Date.now() + 1000));
    } finally {
      process.env.SANAD_ALLOW_PRIVATE_FETCH = "1";
    }
    expect(receiver.received).toHaveLength(0);
    expect((await listDeliveries(ws.members.ADMIN.actor, hook.id)).deliveries).toMatchObject([
      { status: "pending", attempts: 1, lastStatusCode: null, lastError: "refused: private or reserved address" },
    ]);
  });
});
