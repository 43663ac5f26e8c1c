import { getDb } from "@/lib/db/client";

export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 5;

/** Seconds until `email` may try again, or 0 when it is not locked. */
export async function getLockSeconds(email: string, now = new Date()): Promise<number> {
  const guard = await getDb().signInGuard.findUnique({ where: { email } });
  if (!guard?.lockedUntil || guard.lockedUntil <= now) return 0;
  return Math.ceil((guard.lockedUntil.getTime() - now.getTime()) / 1000);
}

export async function recordFailedSignIn(email: string, now = new Date()): Promise<void> {
  const db = getDb();
  const guard = await db.signInGuard.upsert({
    where: { email },
    create: { email, failures: 1, lastFailedAt: now },
    update: { failures: { increment: 1 }, lastFailedAt: now },
  });
  if (guard.failures >= MAX_FAILURES) {
    const lockedUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
    await db.signInGuard.update({ where: { email }, data: { lockedUntil, failures: 0 } });
  }
}

export async function clearFailedSignIns(email: string): Promise<void> {
  await getDb().signInGuard.deleteMany({ where: { email } });
}
