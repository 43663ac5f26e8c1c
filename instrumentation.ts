import { assertProductionEnv } from "@/lib/env";

// Runs once when the server boots: a misconfigured production deployment fails here, loudly.
export function register() {
  assertProductionEnv();
}
