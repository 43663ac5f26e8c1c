import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/api/errors";
import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/error-text";
import { ZUpdateClaimSheet } from "./schemas";

function fieldsOf(value: object) {
  const result = ZUpdateClaimSheet.safeParse(value);
  expect(result.success, JSON.stringify(value).slice(0, 120)).toBe(false);
  // In English, as the error response words them for a reader without a language preference.
  return new AppError("validation_failed", errorText("fieldsNeedFixing"), fieldErrorsOf(result.error!)).fields!;
}

describe("claim sheet input", () => {
  it("refuse bad input with a message per field", () => {
    const urls = fieldsOf({
      version: 1,
      appearances: [
        "javascript:alert(1)",
        "data:text/html,<b>x</b>",
        "/relative",
        `https://x.test/${"a".repeat(2100)}`,
        `https://x.test/${"ب".repeat(400)}`,
      ],
    });
    expect(Object.keys(urls).sort()).toEqual([
      "appearances.0",
      "appearances.1",
      "appearances.2",
      "appearances.3",
      "appearances.4",
    ]);
    expect(urls["appearances.0"]).toMatch(/http:\/\/ or https:\/\//);
    expect(urls["appearances.3"]).toMatch(/2,048/);
    expect(
      fieldsOf({ version: 1, appearances: ["https://x.test/a", "http://www.x.test/a/#top"] })["appearances.1"],
    ).toBe("This address is already listed as appearance [1].");
    expect(fieldsOf({ version: 1, claimant: { name: "عمر\u202Eمعكوس", kind: "ALIEN" } })).toMatchObject({
      "claimant.name": expect.stringMatching(/direction-override/),
      "claimant.kind": expect.stringMatching(/PERSON/),
    });
    expect(fieldsOf({ version: 1, claimDate: "2999-01-01" }).claimDate).toMatch(/future/);
    expect(fieldsOf({ version: 1, statement: "x".repeat(100_000) }).statement).toMatch(/under 500/);
    expect(fieldsOf({ version: 1, checkWorthiness: "URGENT" }).checkWorthiness).toMatch(/LOW, MEDIUM or HIGH/);
    expect(fieldsOf({ version: 1, tags: Array.from({ length: 21 }, (_, i) => `وسم ${i}`) }).tags).toMatch(/20 items/);
    expect(fieldsOf({ version: 1, tags: ["\u064E\u0640"] })["tags.0"]).toMatch(/required/);
    expect(fieldsOf({ checkWorthiness: "LOW" }).version).toMatch(/version/);
    expect(fieldsOf({ version: 1 }).body).toMatch(/at least one field/);
    expect(Object.keys(fieldsOf({ version: 1, status: "PUBLISHED" }))).toEqual(["body"]);
  });
});
