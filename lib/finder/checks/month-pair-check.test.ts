import { describe, expect, it } from "vitest";
import { findChecks } from "./find-checks";

const pairs = (text: string) => findChecks(text).filter((f) => f.kind === "month_pair_mismatch");

describe("month_pair_mismatch", () => {
  it("flags two names from two naming systems that are different months", () => {
    const [finding] = pairs("بدأت الاحتجاجات في أكتوبر/تشرين الثاني 2019.");
    expect(finding.quote).toBe("أكتوبر/تشرين الثاني");
    expect(finding.details).toEqual({
      first: { name: "أكتوبر", month: 10 },
      second: { name: "تشرين الثاني", month: 11 },
    });
    expect(pairs("أعيد فتح المعبر في نيسان (مايو) 2021")[0].quote).toBe("نيسان (مايو)");
    expect(pairs("في نوفمبر / كانون الأول 2025")).toHaveLength(1);
    expect(pairs("في جانفي/فبراير 2023")).toHaveLength(1);
  });

  it("accepts agreeing pairs in every combination of systems", () => {
    const agreeing = [
      "نوفمبر/تشرين الثاني",
      "تشرين الأول (أكتوبر)",
      "جانفي/يناير",
      "غشت/أغسطس",
      "نونبر/نوفمبر",
      "آب/أغسطس",
      "أفريل/أبريل",
      "دجنبر/ديسمبر",
      "تشرين ثاني/نوفمبر",
    ];
    for (const pair of agreeing) expect(pairs(`في ${pair} 2022`)).toEqual([]);
  });

  it("reads two names of one system as a range, not a pair", () => {
    expect(pairs("بين يناير/فبراير 2025")).toEqual([]);
    expect(pairs("في نونبر/دجنبر من كل عام")).toEqual([]);
    expect(pairs("عن أشهر يناير/فبراير/مارس 2023")).toEqual([]);
  });
});
