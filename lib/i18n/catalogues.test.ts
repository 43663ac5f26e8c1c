import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import ar from "@/messages/ar.json" with { type: "json" };
import en from "@/messages/en.json" with { type: "json" };

// The catalogues are the UI: a key missing in one language shows a raw key (and MISSING_MESSAGE) there.
// This reads the code for the UI keys it uses: `t("key")`, `t.rich("key")`, `t(\`prefix.${…}\`)` after
// `const t = useTranslations("ns")` / `await getTranslations("ns")`. Error keys (`errorText`) are checked
// by lib/i18n/error-messages.test.ts.

type TTree = { [key: string]: string | TTree };

function leaves(tree: TTree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : leaves(value, `${prefix}${key}.`),
  );
}

function lookup(tree: TTree, dotted: string): string | TTree | undefined {
  return dotted.split(".").reduce<string | TTree | undefined>((node, part) => {
    return node && typeof node === "object" ? node[part] : undefined;
  }, tree);
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === "generated" ? [] : sources(file);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}

const BINDING = /(?:const|let)\s+(\w+)\s*=\s*(?:await\s+)?(?:useTranslations|getTranslations)\(\s*(?:"([^"]*)")?\s*\)/g;

/** Every key the code names, as "namespace.key" ("prefix.*" for a template whose end is computed). */
function usedKeys(code: string): string[] {
  const keys: string[] = [];
  for (const [, name, namespace] of code.matchAll(BINDING)) {
    const base = namespace ? `${namespace}.` : "";
    const call = new RegExp(`\\b${name}(?:\\.rich|\\.markup|\\.has)?\\(\\s*(?:"([^"]+)"|\`([^\`$]*)\\$\\{)`, "g");
    for (const [, literal, prefix] of code.matchAll(call))
      keys.push(literal !== undefined ? `${base}${literal}` : `${`${base}${prefix}`.replace(/\.$/, "")}.*`);
  }
  return keys;
}

describe("message catalogues", () => {
  it("have the same keys in Arabic and English", () => {
    const arKeys = leaves(ar as TTree).sort();
    const enKeys = leaves(en as TTree).sort();
    expect(arKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
    expect(enKeys.filter((k) => !arKeys.includes(k))).toEqual([]);
  });

  it("hold every key the code uses, in both languages", () => {
    const root = process.cwd();
    const files = ["app", "components", "lib"].flatMap((dir) => sources(path.join(root, dir)));
    const used = new Set(files.flatMap((file) => usedKeys(readFileSync(file, "utf8"))));
    expect(used.size).toBeGreaterThan(300);
    const missing = [...used].filter((key) => {
      if (!key.endsWith(".*")) return typeof lookup(en as TTree, key) !== "string";
      return typeof lookup(en as TTree, key.slice(0, -2)) !== "object";
    });
    expect(missing).toEqual([]);
  });

  it("use no dots inside a key (next-intl reads a dot as a level, so the message would never be found)", () => {
    const dotted = (tree: TTree, at = ""): string[] =>
      Object.entries(tree).flatMap(([key, value]) => [
        ...(key.includes(".") ? [`${at}${key}`] : []),
        ...(typeof value === "object" ? dotted(value, `${at}${key}/`) : []),
      ]);
    expect(dotted(en as TTree)).toEqual([]);
  });
});
