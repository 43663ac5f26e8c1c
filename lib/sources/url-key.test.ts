import { describe, expect, it } from "vitest";
import { sourceUrlKey } from "./source-url-key";

describe("sourceUrlKey", () => {
  it("gives variants of one link the same key", () => {
    const key = sourceUrlKey("https://www.reuters.com/world/iraq/?id=7&lang=ar");
    for (const variant of [
      "http://reuters.com/world/iraq?lang=ar&id=7",
      "https://WWW.Reuters.com/world/iraq/?lang=ar&id=7&utm_source=x&fbclid=y#section",
    ]) {
      expect(sourceUrlKey(new URL(variant).toString()), variant).toBe(key);
    }
  });

  it("keeps different pages and meaningful parameters apart", () => {
    expect(sourceUrlKey("https://x.test/a")).not.toBe(sourceUrlKey("https://x.test/b"));
    expect(sourceUrlKey("https://x.test/a?id=1")).not.toBe(sourceUrlKey("https://x.test/a?id=2"));
    expect(sourceUrlKey("https://x.test/")).toBe("x.test");
  });
});
