// `npm test`: format, lint, typecheck, unit tests (Vitest, no database), integration tests (Vitest, real
// PostgreSQL) and browser tests (Playwright).
// Uses DATABASE_URL when set (CI gives a fresh database), else a fresh embedded PostgreSQL.
// The last line is the totals of every runner: "N passed, N failed".
import { mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { seedDemo } from "@/lib/demo/seed-demo";
import { buildIfStale } from "@/lib/runtime/build";
import { prepareDatabase } from "@/lib/runtime/database";
import { run } from "@/lib/runtime/run";

type Tally = { passed: number; failed: number };
const tally: Tally = { passed: 0, failed: 0 };
// `npm test -- unit e2e` runs some parts (format, lint, typecheck, unit, integration, e2e);
// file names after them narrow Vitest and Playwright.
const args = process.argv.slice(2);
const only = args.filter((a) => !a.includes("."));
const files = args.filter((a) => a.includes("."));
const wants = (step: string) => only.length === 0 || only.includes(step);

async function check(name: string, command: string, args: string[], env = process.env) {
  console.log(`\n▶ ${name}`);
  const ok = (await run(command, args, env)) === 0;
  if (ok) tally.passed++;
  else tally.failed++;
  console.log(ok ? `✔ ${name}` : `✘ ${name} failed`);
}

async function countFrom(file: string, read: (json: never) => Tally, exitCode: number) {
  const json = await readFile(file, "utf8")
    .then(JSON.parse)
    .catch(() => null);
  const counts = json ? read(json as never) : { passed: 0, failed: 0 };
  if (exitCode !== 0 && counts.failed === 0) counts.failed = 1; // the runner itself broke
  tally.passed += counts.passed;
  tally.failed += counts.failed;
}

const outDir = path.resolve(".test-data");
await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });
const bin = (name: string) => path.resolve("node_modules/.bin", name);

if (wants("format")) await check("format (prettier)", bin("prettier"), ["--check", "."]);
if (wants("lint")) await check("lint (eslint)", bin("eslint"), ["."]);
if (wants("typecheck")) await check("typecheck (tsc)", bin("tsc"), ["--noEmit"]);

async function vitest(project: "unit" | "integration", env: NodeJS.ProcessEnv) {
  console.log(`\n▶ ${project} tests (vitest)`);
  const file = path.join(outDir, `vitest-${project}.json`);
  const reporterArgs = ["--reporter=default", "--reporter=json", `--outputFile.json=${file}`];
  const code = await run(
    bin("vitest"),
    ["run", "--project", project, "--passWithNoTests", ...reporterArgs, ...files],
    env,
  );
  await countFrom(
    file,
    (j: { numPassedTests: number; numFailedTests: number }) => ({ passed: j.numPassedTests, failed: j.numFailedTests }),
    code,
  );
}

// Unit tests need no database: they run before one is prepared (and `npm test -- lint` never starts one).
if (wants("unit")) await vitest("unit", process.env);

const needsDatabase = wants("integration") || wants("e2e");
const database = needsDatabase ? await prepareDatabase(path.join(outDir, "db")) : null;
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "sanad-test-secret-not-for-production",
};
if (database) {
  process.env.DATABASE_URL = env.DATABASE_URL = database.url;
  await seedDemo();
}

if (wants("integration")) await vitest("integration", env);

if (wants("e2e")) {
  console.log("\n▶ browser tests (playwright)");
  await buildIfStale(env);
  const file = path.join(outDir, "e2e.json");
  const code = await run(bin("playwright"), ["test", ...files], { ...env, E2E_JSON: file });
  await countFrom(
    file,
    (j: { stats: { expected: number; unexpected: number; flaky: number } }) => ({
      passed: j.stats.expected + j.stats.flaky,
      failed: j.stats.unexpected,
    }),
    code,
  );
}

await database?.stop();
console.log(`\n${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed === 0 ? 0 : 1);
