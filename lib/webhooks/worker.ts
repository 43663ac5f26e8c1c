import { getDb } from "@/lib/db/client";
import { logger } from "@/lib/logger";
import { retryDelayMs } from "./schedule";
import { postWebhook, SEND_TIMEOUT_MS } from "./send";
import { signWebhook } from "./signature";

// A claimed attempt is someone's for this long; a process that died mid-send frees it after that.
const LEASE_MS = SEND_TIMEOUT_MS + 50_000;
const BATCH = 10;
const POLL_MS = 5_000;

type TClaimed = { id: string; attempt: number; event: string; payload: unknown; url: string; secret: string };

/**
 * Takes up to `limit` due deliveries for this process. Each row is taken with a conditional update on
 * its attempt count, so when several processes (or runs) race, every attempt goes to exactly one.
 */
export async function claimDueDeliveries(now: Date, limit = BATCH): Promise<TClaimed[]> {
  const db = getDb();
  const free = {
    status: "pending" as const,
    nextAttemptAt: { lte: now },
    OR: [{ sendingUntil: null }, { sendingUntil: { lte: now } }],
  };
  const due = await db.webhookDelivery.findMany({
    where: { ...free, webhook: { active: true } },
    orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
    take: limit,
    include: { webhook: { select: { url: true, secret: true } } },
  });
  const claimed: TClaimed[] = [];
  for (const d of due) {
    const won = await db.webhookDelivery.updateMany({
      where: { id: d.id, attempts: d.attempts, ...free },
      data: { attempts: d.attempts + 1, sendingUntil: new Date(now.getTime() + LEASE_MS) },
    });
    if (won.count === 1)
      claimed.push({
        id: d.id,
        attempt: d.attempts + 1,
        event: d.event,
        payload: d.payload,
        url: d.webhook.url,
        secret: d.webhook.secret,
      });
  }
  return claimed;
}

async function attempt(d: TClaimed, now: Date) {
  const body = JSON.stringify(d.payload);
  const timestamp = Math.floor(now.getTime() / 1000);
  const headers = {
    "X-Sanad-Event": d.event,
    "X-Sanad-Delivery": d.id,
    "X-Sanad-Timestamp": String(timestamp),
    "X-Sanad-Signature": signWebhook(d.secret, timestamp, body),
  };
  const { statusCode, error } = await postWebhook(d.url, body, headers);
  const ok = statusCode !== null && statusCode >= 200 && statusCode < 300;
  const delay = ok ? null : retryDelayMs(d.attempt);
  const result = {
    lastStatusCode: statusCode,
    lastError: ok ? null : (error ?? `HTTP ${statusCode}`),
    sendingUntil: null,
  };
  // Only the holder of this attempt records it (a retry requested meanwhile made a newer one).
  await getDb().webhookDelivery.updateMany({
    where: { id: d.id, attempts: d.attempt },
    data: ok
      ? { ...result, status: "succeeded", deliveredAt: now }
      : delay === null
        ? { ...result, status: "failed" }
        : { ...result, nextAttemptAt: new Date(now.getTime() + delay) },
  });
}

/** Sends every delivery due at `now` (the clock is a parameter so tests drive retries without waiting); returns how many were tried. */
export async function runDueDeliveries(now = new Date()): Promise<number> {
  let tried = 0;
  for (;;) {
    const batch = await claimDueDeliveries(now);
    await Promise.all(batch.map((d) => attempt(d, now)));
    tried += batch.length;
    if (batch.length < BATCH) return tried;
  }
}

// The worker lives on globalThis: Next bundles instrumentation.ts and the routes separately, and both
// must reach the same one (the routes wake it after a publish commits).
type TWorker = { wake: () => void };
const holder = globalThis as unknown as { sanadWebhookWorker?: TWorker };

/** Starts the in-process delivery loop once per server process: every few seconds, and at once when woken. */
export function startDeliveryWorker() {
  if (holder.sanadWebhookWorker) return;
  let running = false;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  const tick = async () => {
    if (running) return void (again = true);
    running = true;
    clearTimeout(timer);
    try {
      do {
        again = false;
        await runDueDeliveries(new Date());
      } while (again);
    } catch (error) {
      logger.error({ err: error }, "webhook deliveries failed");
    } finally {
      running = false;
      timer = setTimeout(() => void tick(), POLL_MS);
      timer.unref();
    }
  };
  holder.sanadWebhookWorker = { wake: () => void tick() };
  void tick();
}

/** After a transaction that enqueued deliveries commits: send them now rather than at the next poll. No-op where no worker runs (tests, scripts). */
export function kickDeliveries() {
  holder.sanadWebhookWorker?.wake();
}
