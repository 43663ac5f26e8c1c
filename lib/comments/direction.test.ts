import { describe, expect, it } from "vitest";
import { textDirection } from "./direction";

describe("a comment's direction", () => {
  it("follows its first strong letter, setting mentions, links, emails and numbers aside", () => {
    expect(textDirection("@checker راجع المصدر")).toBe("rtl");
    expect(textDirection("@سارة please check the source")).toBe("ltr");
    expect(textDirection("https://reuters.com/x 2021 ما مصدر هذا الرقم؟")).toBe("rtl");
    expect(textDirection("125 sources@example.org Reuters says")).toBe("ltr");
    expect(textDirection("و@editor.two أين المصدر؟")).toBe("rtl");
    expect(textDirection("@checker 2021")).toBe("auto");
  });
});
