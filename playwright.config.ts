import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://127.0.0.1:${port}`;

// Debian's Chromium: Playwright's own browser download is not reachable on our machines.
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: process.env.E2E_JSON ?? "test-results/e2e.json" }]],
  use: {
    baseURL,
    locale: "ar",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    // A keep-alive timeout longer than the client's idle reuse, so a request never lands on a socket the server is closing (ECONNRESET).
    command: `node node_modules/next/dist/bin/next start -p ${port} -H 127.0.0.1 --keepAliveTimeout 70000`,
    url: `${baseURL}/sign-in`,
    reuseExistingServer: false,
    timeout: 60_000,
    // SANAD_CHECK_RESPONSES: every answer is checked against its endpoint's response schema (a mismatch is a 500).
    env: { NEXTAUTH_URL: baseURL, SANAD_LOCAL: "1", SANAD_ALLOW_PRIVATE_FETCH: "1", SANAD_CHECK_RESPONSES: "1" },
  },
});
