// How often a delivery is tried: the first attempt at once, then after each failure these waits.
// Six attempts over about 7 hours; after the sixth failure the delivery is failed for good.
export const RETRY_DELAYS_MS = [30_000, 120_000, 600_000, 3_600_000, 21_600_000] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/** The wait after failed attempt number `attempt` (1-based), or null when there is no next attempt. */
export function retryDelayMs(attempt: number): number | null {
  return attempt >= 1 && attempt < MAX_ATTEMPTS ? RETRY_DELAYS_MS[attempt - 1] : null;
}
