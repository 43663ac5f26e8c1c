import path from "node:path";
import { defineConfig } from "vitest/config";

// Two projects: `unit` (*.test.ts) needs no database and runs files in parallel; `integration`
// (*.db.test.ts) talks to the real PostgreSQL at DATABASE_URL, one file at a time, so files stay
// independent of each other's timing on the one shared database.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"], exclude: ["**/*.db.test.ts"] },
      },
      {
        extends: true,
        test: { name: "integration", include: ["lib/**/*.db.test.ts"], fileParallelism: false },
      },
    ],
  },
});
