import { describe, expect, it } from "vitest";
import { ZCreateClaim } from "@/lib/claims/schemas";
import { ZCreateToken } from "@/lib/tokens/schemas";
import { jsonSchemaOf } from "./document";
import { describeType, schemaFields } from "./schema-fields";

describe("the API page's field tables", () => {
  it("list a body's fields with short types and which are required", () => {
    expect(schemaFields(jsonSchemaOf(ZCreateToken))).toEqual([
      { name: "name", type: "string", required: true },
      { name: "expiresInDays", type: "integer 1–365", required: true },
    ]);
  });

  it("merge the alternatives of a union: a field is required only when every alternative requires it", () => {
    const fields = schemaFields(jsonSchemaOf(ZCreateClaim));
    expect(fields.map((f) => [f.name, f.required])).toEqual([
      ["start", false],
      ["end", false],
      ["exact", false],
      ["prefix", false],
      ["suffix", false],
    ]);
  });

  it("describe enums, nullables, arrays and bounds", () => {
    expect(describeType({ type: "string", enum: ["text", "html"] })).toBe('"text" | "html"');
    expect(describeType({ anyOf: [{ type: "string", maxLength: 40 }, { type: "null" }] })).toBe("string ≤ 40 | null");
    expect(describeType({ type: "array", items: { type: "string" }, maxItems: 100 })).toBe("string[]");
    expect(describeType({})).toBe("any");
  });
});
