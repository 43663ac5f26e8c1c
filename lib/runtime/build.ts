import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

const SOURCES = [
  "app",
  "components",
  "lib",
  "messages",
  "next.config.js",
  "proxy.ts",
  "instrumentation.ts",
  "package-lock.json",
  "tsconfig.json",
];
const STAMP = ".next/sanad-source-hash";

async function listFiles(entry: string): Promise<string[]> {
  const stats = await readdir(entry, { withFileTypes: true }).catch(() => null);
  if (!stats) return [entry];
  const nested = await Promise.all(stats.map((s) => listFiles(path.join(entry, s.name))));
  return nested.flat();
}

async function hashSources(): Promise<string> {
  const hash = createHash("sha256");
  const files = (await Promise.all(SOURCES.map(listFiles)))
    .flat()
    .filter((f) => !f.includes(".test."))
    .sort();
  for (const file of files) {
    const content = await readFile(file).catch(() => null);
    if (content) hash.update(file).update(content);
  }
  return hash.digest("hex");
}

export function runNext(args: string[], env: NodeJS.ProcessEnv = process.env) {
  return spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), ...args], { stdio: "inherit", env });
}

/** Runs `next build` only when the sources changed since the last build, so restarts are instant. */
export async function buildIfStale(env: NodeJS.ProcessEnv): Promise<boolean> {
  const current = await hashSources();
  const previous = await readFile(STAMP, "utf8").catch(() => "");
  const built = await readFile(".next/BUILD_ID", "utf8").catch(() => "");
  if (built && previous === current) return false;
  const code = await new Promise<number | null>((resolve) => runNext(["build"], env).on("exit", resolve));
  if (code !== 0) throw new Error(`next build failed (exit code ${code}).`);
  await writeFile(STAMP, current);
  return true;
}
