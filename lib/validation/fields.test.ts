import { describe, expect, it } from "vitest";
import { httpUrl, pastDate, requiredLine } from "./fields";
import { localizeErrorText } from "@/lib/i18n/error-text";

describe("field validators", () => {
  it("refuse javascript:, data: and relative URLs and accept http(s)", () => {
    for (const bad of [
      "javascript:alert(1)",
      "JAVASCRIPT:alert(1)",
      "data:text/html,<script>",
      "/relative",
      "ftp://x.test",
      `https://x.test/${"a".repeat(2100)}`,
    ]) {
      expect(httpUrl().safeParse(bad).success, bad).toBe(false);
    }
    expect(httpUrl().parse(" https://www.aljazeera.net/news ")).toBe("https://www.aljazeera.net/news");
  });

  it("refuse bidi overrides and control characters in a line, with an actionable message", () => {
    const result = requiredLine(100).safeParse("عنوان\u202Eمعكوس");
    expect(result.success).toBe(false);
    expect(localizeErrorText(result.error!.issues[0].message, "en")).toMatch(/direction-override/);
    expect(requiredLine(100).safeParse("a\u0007b").success).toBe(false);
  });

  it("trim, collapse spaces and require content", () => {
    expect(requiredLine(100).parse("  رئيس   الوزراء ")).toBe("رئيس الوزراء");
    expect(requiredLine(100).safeParse("   ").success).toBe(false);
    expect(requiredLine(5).safeParse("abcdef").success).toBe(false);
  });

  it("refuse future and impossible dates", () => {
    expect(pastDate().parse("2021-11-07").toISOString()).toBe("2021-11-07T00:00:00.000Z");
    expect(pastDate().safeParse("2999-01-01").success).toBe(false);
    expect(pastDate().safeParse("07/11/2021").success).toBe(false);
  });
});

describe("error messages", () => {
  it("are answered in Arabic for an Arabic reader and stay English by default", async () => {
    const { errorResponse } = await import("@/lib/api/errors");
    const parsed = httpUrl().safeParse("javascript:alert(1)");
    const arabic = await errorResponse(parsed.error, "ar").json();
    expect(arabic.error.fields.body).toBe("استخدم عنوان ويب كاملًا يبدأ بـ http:// أو https://.");
    expect(arabic.error.message).toContain("بعض الحقول تحتاج إلى تصحيح");
    const english = await errorResponse(parsed.error).json();
    expect(english.error.fields.body).toBe("Use a full web address starting with http:// or https://.");
  });
});
