import { describe, expect, it } from "vitest";
import { sliceByCodePoints } from "@/lib/arabic/codepoints";
import { foldText, toSourceRange } from "./fold";

describe("foldText", () => {
  it("folds harakat, hamza forms and digits, and maps back to code points of the source", () => {
    const source = "😀 قُتِلَ ١٢ شخصاً";
    const folded = foldText(source);
    expect(folded.text).toBe("😀 قتل 12 شخصا");
    const at = folded.text.indexOf("12");
    const range = toSourceRange(folded, at, at + 2);
    expect(sliceByCodePoints(source, range.start, range.end)).toBe("١٢");
  });

  it("keeps the harakat after a word's last letter inside its range", () => {
    const source = "قالَ الوزيرُ";
    const folded = foldText(source);
    const range = toSourceRange(folded, 0, 3);
    expect(sliceByCodePoints(source, range.start, range.end)).toBe("قالَ");
  });

  it("folds the Arabic decimal and thousands separators and the percent sign", () => {
    expect(foldText("٢٫٥ و١٬٢٥٠ و٣٠٪").text).toBe("2.5 و1,250 و30%");
  });
});
