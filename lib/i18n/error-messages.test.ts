import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import ar from "@/messages/ar.json" with { type: "json" };
import en from "@/messages/en.json" with { type: "json" };
import { AppError } from "@/lib/errors";
import { errorText, localizeErrorText, readErrorText } from "./error-text";

const ROOT = process.cwd();
// Technical notes for logs and the webhook delivery log, not messages people act on.
const NOT_MESSAGES = new Set(["lib/webhooks/send.ts", "lib/webhooks/addresses.ts"]);

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(file);
    return /\.tsx?$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [file] : [];
  });
}

const LITERAL_MESSAGES = [
  /new AppError\(\s*"\w+",\s*["'`]/,
  /\bforbidden\(\s*["'`]/,
  /\brefuseField\([^,]+,\s*["'`]/,
  // zod: `{ error: "…" }`, `{ message: "…" }` (issues), `.refine(…, "…")`
  /\{\s*(?:error|message):\s*["'`]/,
  /\b(?:error|message):\s*`[^`]*\$\{/,
];

describe("error messages", () => {
  it("are never literal sentences in lib/: errorText(key, params) or nothing", () => {
    const found = sources("lib")
      .filter((file) => !NOT_MESSAGES.has(file))
      .flatMap((file) =>
        readFileSync(path.join(ROOT, file), "utf8")
          .split("\n")
          .flatMap((line, i) =>
            LITERAL_MESSAGES.some((re) => re.test(line)) ? [`${file}:${i + 1}: ${line.trim()}`] : [],
          ),
      );
    expect(found).toEqual([]);
  });

  it("use keys that both catalogues have", () => {
    const used = new Set(
      ["lib", "app", "components"]
        .flatMap(sources)
        .flatMap((file) =>
          [...readFileSync(path.join(ROOT, file), "utf8").matchAll(/errorText\(\s*"(\w+)"/g)].map((m) => m[1]),
        ),
    );
    expect(used.size).toBeGreaterThan(80);
    expect([...used].filter((key) => !(key in en.errors))).toEqual([]);
    expect([...used].filter((key) => !(key in ar.errors))).toEqual([]);
    expect(Object.keys(ar.errors).sort()).toEqual(Object.keys(en.errors).sort());
  });

  it("carry their key and parameters, and are worded in the reader's language only at the edge", () => {
    const text = errorText("tooLong", { max: 40 });
    expect(readErrorText(text)).toEqual({ key: "tooLong", params: { max: 40 } });
    expect(localizeErrorText(text, "en")).toBe("Keep this under 40 characters.");
    expect(localizeErrorText(text, "ar")).toMatch(/40/);
    expect(localizeErrorText(text, "ar")).not.toBe(localizeErrorText(text, "en"));
    expect(localizeErrorText("zod's own words", "ar")).toBe("zod's own words");
    expect(readErrorText("$errors.noSuchKey")).toBeNull();

    const error = new AppError("validation_failed", errorText("fieldsNeedFixing"), { title: errorText("required") });
    expect(error.messageKey).toEqual({ key: "fieldsNeedFixing" });
    expect([error.message, error.fields]).toEqual([en.errors.fieldsNeedFixing, { title: en.errors.required }]);
    expect(error.inLocale("ar")).toEqual({
      message: ar.errors.fieldsNeedFixing,
      fields: { title: ar.errors.required },
    });
  });
});
