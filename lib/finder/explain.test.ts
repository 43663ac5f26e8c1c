import { describe, expect, it } from "vitest";
import { findChecks } from "./checks/find-checks";
import { explainFinding } from "./explain";

const explain = (text: string, locale: "ar" | "en") =>
  findChecks(text).map((f) => explainFinding(f, locale, new Date("2026-01-01")));

describe("explainFinding", () => {
  it("says which weekday the date was, in Arabic with the article's month names and in English", () => {
    const text = "فجر الأحد 6 نوفمبر/تشرين الثاني 2021";
    expect(explain(text, "ar")).toEqual(["6 نوفمبر 2021 كان يوم السبت، لا الأحد."]);
    expect(explain(text, "en")).toEqual(["6 November 2021 was a Saturday, not a Sunday."]);
    expect(explain("الأحد 6 تشرين الثاني 2030", "ar")).toEqual(["6 تشرين الثاني 2030 يوافق يوم الأربعاء، لا الأحد."]);
  });

  it("says where a missing year came from", () => {
    const [finding] = findChecks("يوم الأحد 5 نوفمبر", { publishedAt: { year: 2021, month: 11, day: 9 } });
    expect(explainFinding(finding, "en")).toContain("(The year, 2021, is taken from the article's publication date.)");
  });

  it("explains month pairs, Hijri dates and figures", () => {
    expect(explain("في أكتوبر/تشرين الثاني 2019", "ar")).toEqual([
      "«أكتوبر» هو تشرين الأول، و«تشرين الثاني» هو نوفمبر: الاسمان لشهرين مختلفين.",
    ]);
    expect(explain("1 رمضان 1445 هـ الموافق 14 مارس 2024", "en")).toEqual([
      "1 Ramadan 1445 AH is 11 March 2024 by the Umm al-Qura calendar, not 14 March 2024 (3 days apart).",
    ]);
    expect(explain("1 رمضان 1445 هـ الموافق 12 مارس 2024", "ar")[0]).toContain("بفارق يوم واحد");
    expect(explain("قُتل 12 شخصاً. وقال مسؤول إن 14 شخصاً قُتلوا.", "ar")).toEqual([
      "عدد القتلى ورد هنا 14 وقبل ذلك 12 («قُتل 12 شخصاً»).",
    ]);
  });
});
