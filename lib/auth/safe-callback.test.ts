import { describe, expect, it } from "vitest";
import { DEFAULT_CALLBACK, safeCallbackPath } from "./safe-callback";

describe("safeCallbackPath", () => {
  it("keeps a path on the site, with its query and fragment", () => {
    expect(safeCallbackPath("/articles/abc?claim=x#c")).toBe("/articles/abc?claim=x#c");
    expect(safeCallbackPath("/settings/members")).toBe("/settings/members");
  });

  it("refuses everything a browser would take off the site", () => {
    for (const raw of [
      "//evil.example/",
      "/\\evil.example/",
      "\\\\evil.example",
      "/\t/evil.example/",
      "/\n/evil.example",
      "/\r//evil.example",
      "/ /evil.example",
      "/\u200B/evil.example",
      "https://evil.example/",
      "javascript:alert(1)",
      "evil.example",
      "",
      undefined,
      ["/articles"],
    ])
      expect(safeCallbackPath(raw), JSON.stringify(raw)).toBe(DEFAULT_CALLBACK);
  });
});
