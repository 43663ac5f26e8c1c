import { describe, expect, it } from "vitest";
import { foldText } from "../text/fold";
import { readNumbers } from "./read-numbers";

function read(text: string) {
  const folded = foldText(text).text;
  return readNumbers(folded).map((n) => ({ text: folded.slice(n.start, n.end), value: n.value, percent: n.percent }));
}

describe("readNumbers", () => {
  it("reads Western and Arabic-Indic digits, decimals and thousands separators", () => {
    expect(read("12 و١٢ و2.5 و٢٫٥ و1,250 و١٬٢٥٠ و2,5").map((n) => n.value)).toEqual([
      12, 12, 2.5, 2.5, 1250, 1250, 2.5,
    ]);
  });

  it("reads number words with their case and gender forms and compounds joined by و", () => {
    expect(read("خمسة").map((n) => n.value)).toEqual([5]);
    expect(read("اثني عشر شخصاً").map((n) => n.value)).toEqual([12]);
    expect(read("إحدى عشرة سيدة").map((n) => n.value)).toEqual([11]);
    expect(read("خمسة وعشرون").map((n) => n.value)).toEqual([25]);
    expect(read("مئة وخمسة وعشرين").map((n) => n.value)).toEqual([125]);
    expect(read("ثلاثمائة").map((n) => n.value)).toEqual([300]);
    expect(read("ثلاث مئة").map((n) => n.value)).toEqual([300]);
    expect(read("ثلاثون ألفاً").map((n) => n.value)).toEqual([30000]);
  });

  it("multiplies by thousands, millions and billions, in digits or words, with halves", () => {
    expect(read("ثلاثة آلاف").map((n) => n.value)).toEqual([3000]);
    expect(read("3 آلاف").map((n) => n.value)).toEqual([3000]);
    expect(read("2.5 مليون").map((n) => n.value)).toEqual([2_500_000]);
    expect(read("مليونين ونصف المليون").map((n) => n.value)).toEqual([2_500_000]);
    expect(read("مليون ونصف").map((n) => n.value)).toEqual([1_500_000]);
    expect(read("مليون و200 ألف").map((n) => n.value)).toEqual([1_200_000]);
    expect(read("٤٥٠ مليون دينار").map((n) => n.value)).toEqual([450_000_000]);
    expect(read("ألفين").map((n) => n.value)).toEqual([2000]);
  });

  it("reads percentages written with a sign or in words", () => {
    expect(read("30% و٦٠٪ و41 في المئة و12 بالمائة").map((n) => [n.value, n.percent])).toEqual([
      [30, true],
      [60, true],
      [41, true],
      [12, true],
    ]);
  });

  it("keeps quantities without a value apart, and skips words that are numbers only in compounds", () => {
    expect(read("عشرات الآلاف من المتظاهرين")).toEqual([{ text: "عشرات الالاف", value: null, percent: false }]);
    expect(read("آلاف المتظاهرين").map((n) => n.value)).toEqual([null]);
    expect(read("أحد فصائل الحشد وست البيت")).toEqual([]);
  });
});
