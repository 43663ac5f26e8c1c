import { assertProductionEnv } from "@/lib/env";

// Runs once when the server boots: a misconfigured production deployment fails here, loudly.
// Each server process then sends webhook deliveries (lib/webhooks/worker.ts); several processes share
// the work safely. Not during `next build`.
export async function register() {
  assertProductionEnv();
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { startDeliveryWorker } = await import("@/lib/webhooks/worker");
    startDeliveryWorker();
  }
}
