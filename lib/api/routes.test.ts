import { readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { HTTP_METHODS } from "./endpoint";
import { ENDPOINTS } from "./endpoints";
import type { RouteHandler } from "./route";

const API_DIR = path.join(process.cwd(), "app/api/v1");
const CATCH_ALL = "/[...path]";
const EXPORTABLE = [...HTTP_METHODS, "HEAD", "OPTIONS"];

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

const routePathOf = (file: string) => `/${path.relative(API_DIR, path.dirname(file)).split(path.sep).join("/")}`;

// Every route module, imported as Next imports it: its exports are what the server answers with.
const modules = await Promise.all(
  routeFiles(API_DIR).map(async (file) => ({
    route: routePathOf(file),
    exports: (await import(pathToFileURL(file).href)) as Record<string, RouteHandler | undefined>,
  })),
);

describe("the /api/v1 route files", () => {
  it("serve exactly the defined endpoints, each from the file of its path", () => {
    const served: string[] = [];
    for (const { route, exports } of modules) {
      if (route === CATCH_ALL) continue;
      const openApiPath = route.replace(/\[(\w+)\]/g, "{$1}");
      for (const method of HTTP_METHODS) {
        const endpoint = exports[method]?.endpoint;
        if (!endpoint) continue;
        expect(`${endpoint.method} ${endpoint.path}`, `${method} in app/api/v1${route}`).toBe(
          `${method} ${openApiPath}`,
        );
        served.push(`${method} ${openApiPath}`);
      }
    }
    const defined = ENDPOINTS.map((e) => `${e.method} ${e.path}`);
    expect(new Set(defined).size, "an endpoint defined twice").toBe(defined.length);
    expect(served.length).toBeGreaterThan(40);
    expect(
      served.filter((s) => !defined.includes(s)),
      "served but not in lib/api/endpoints",
    ).toEqual([]);
    expect(
      defined.filter((d) => !served.includes(d)),
      "defined but no route serves it",
    ).toEqual([]);
  });

  it("answer every method: a definition's handler, a JSON 405, OPTIONS, or (the catch-all) a 404", () => {
    for (const { route, exports } of modules) {
      const names = Object.keys(exports).filter((name) => EXPORTABLE.includes(name));
      expect(names.sort(), `methods exported by app/api/v1${route}`).toEqual([...HTTP_METHODS, "OPTIONS"].sort());
      for (const name of names) expect(typeof exports[name], `${name} in ${route}`).toBe("function");
    }
  });

  it("bind no handler outside route(): every exported function is the wrapper's", () => {
    for (const { route, exports } of modules)
      for (const method of HTTP_METHODS)
        expect((exports[method] as { wrapped?: boolean }).wrapped, `${method} ${route}`).toBe(true);
  });
});
