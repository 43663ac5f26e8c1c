import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Components import the endpoint definitions and the client: nothing they reach may need the server.
const ROOT = process.cwd();
const SERVER_ONLY = [
  /^node:/,
  /^next\/headers$/,
  /^next-auth/,
  /^@prisma\//,
  /^pg$/,
  /db\/client$/,
  /db\/generated\/client$/,
];
const IMPORT = /^\s*(?:import|export)\s(?!type\b)[^;]*?from\s+"([^"]+)"/gm;

function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith("@/") && !spec.startsWith(".")) return null;
  const base = spec.startsWith("@/") ? path.join(ROOT, spec.slice(2)) : path.resolve(path.dirname(from), spec);
  const found = [".ts", ".tsx", "/index.ts", ""]
    .map((ext) => base + ext)
    .find((f) => existsSync(f) && f.match(/\.tsx?$|\.json$/));
  return found ?? null;
}

/** Every module reachable from `entry` through value imports, with the server-only ones it names. */
function walk(entry: string) {
  const seen = new Set<string>();
  const refused: string[] = [];
  const visit = (file: string) => {
    if (seen.has(file) || file.endsWith(".json")) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, "utf8").matchAll(IMPORT)) {
      if (SERVER_ONLY.some((re) => re.test(spec))) refused.push(`${path.relative(ROOT, file)} → ${spec}`);
      const next = resolve(file, spec);
      if (next) visit(next);
    }
  };
  visit(path.join(ROOT, entry));
  return { seen, refused };
}

describe("the endpoint definitions and the browser client", () => {
  it("import zod schemas and metadata only, never server modules", () => {
    for (const entry of ["lib/api/endpoints/index.ts", "lib/api/client.ts"]) {
      const { seen, refused } = walk(entry);
      expect(seen.size, entry).toBeGreaterThan(entry.includes("endpoints") ? 20 : 2);
      expect(refused, entry).toEqual([]);
    }
  });
});
