// `npm start`: one command from a fresh clone to a running Sanad.
// Embedded PostgreSQL unless DATABASE_URL is set; migrations, demo seed, build when stale, then `next start`.
import "dotenv/config";
import path from "node:path";
import { seedDemo } from "@/lib/demo/seed-demo";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/accounts";
import { assertProductionEnv, isProduction } from "@/lib/env";
import { buildIfStale, runNext } from "@/lib/runtime/build";
import { prepareDatabase } from "@/lib/runtime/database";
import { loadOrCreateLocalSecret } from "@/lib/runtime/secret";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "127.0.0.1";
const dataDir = path.resolve(process.env.SANAD_DATA_DIR ?? ".data");

function fail(message: string): never {
  console.error(`\nSanad did not start: ${message}\n`);
  process.exit(1);
}

try {
  assertProductionEnv();
} catch (error) {
  fail((error as Error).message);
}
if (!isProduction()) {
  process.env.SANAD_LOCAL = "1";
  process.env.NEXTAUTH_SECRET ??= await loadOrCreateLocalSecret(dataDir);
}
process.env.NEXTAUTH_URL ??= `http://${host === "0.0.0.0" ? "localhost" : host}:${port}`;

const database = await prepareDatabase(dataDir).catch((error) =>
  fail(`the database is not reachable (${error.message}).`),
);
process.env.DATABASE_URL = database.url;
if (database.applied.length) console.log(`Applied migrations: ${database.applied.join(", ")}`);
if (process.env.SANAD_SEED !== "0" && (await seedDemo()).created) console.log("Seeded the demo workspace and article.");

const env = { ...process.env };
if (!dev) {
  await buildIfStale(env).catch(async (error) => {
    await database.stop();
    fail(error.message);
  });
}
const server = runNext(dev ? ["dev", "-p", String(port), "-H", host] : ["start", "-p", String(port), "-H", host], env);

console.log(`\nSanad is running at ${process.env.NEXTAUTH_URL}`);
console.log(database.embedded ? `Embedded PostgreSQL, data in ${dataDir}` : "Using DATABASE_URL");
console.log(`Demo accounts (password: ${DEMO_PASSWORD}):`);
for (const account of DEMO_ACCOUNTS) console.log(`  ${account.role.padEnd(12)} ${account.email}`);

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
  }
  await database.stop();
  process.exit(code);
}

server.on("exit", (code) => shutdown(stopping ? 0 : (code ?? 1)));
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));
// npm does not always pass SIGTERM on: if our parent goes away, stop cleanly rather than orphan the database.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) void shutdown(0);
}, 1000).unref();
