import { describe, expect, it } from "vitest";
import { sliceByCodePoints } from "@/lib/arabic/codepoints";
import { findChecks, type CheckOptions } from "./find-checks";

function weekdayFindings(text: string, options: CheckOptions = {}) {
  return findChecks(text, options).filter((f) => f.kind === "weekday_mismatch");
}

// 6 November 2021 was a Saturday; 7 November 2021 a Sunday.
describe("weekday_mismatch", () => {
  it("flags a weekday that does not match its date, with the span and the facts", () => {
    const text = "😀 استهدفت الطائرة فجر الأحد 6 نوفمبر/تشرين الثاني 2021 مقرّ إقامته.";
    const [finding] = weekdayFindings(text);
    expect(finding.quote).toBe("الأحد 6 نوفمبر/تشرين الثاني 2021");
    expect(sliceByCodePoints(text, finding.start, finding.end)).toBe(finding.quote);
    expect(finding.details).toEqual({
      date: { year: 2021, month: 11, day: 6, monthName: "نوفمبر" },
      stated: [0],
      actual: 6,
      yearSource: "written",
    });
  });

  it("accepts a matching weekday in each naming system", () => {
    for (const date of ["7 نوفمبر 2021", "7 تشرين الثاني 2021", "7 نونبر 2021", "7 نوفمبر/تشرين الثاني 2021"]) {
      expect(weekdayFindings(`صباح الأحد ${date} وصل الوفد.`)).toEqual([]);
      expect(weekdayFindings(`صباح الاثنين ${date} وصل الوفد.`)).toHaveLength(1);
    }
    expect(weekdayFindings("الثلاثاء 25 جانفي 2022")).toEqual([]);
    expect(weekdayFindings("الأربعاء 25 جانفي 2022")).toHaveLength(1);
    expect(weekdayFindings("السبت 17 غشت 2019")).toEqual([]);
    expect(weekdayFindings("الأحد 17 غشت 2019")).toHaveLength(1);
  });

  it("reads Arabic-Indic digits, ordinal days and numeric dates", () => {
    expect(weekdayFindings("الخميس ٢٧ أكتوبر ٢٠٢٢")).toEqual([]);
    expect(weekdayFindings("الجمعة ٢٧ أكتوبر ٢٠٢٢")).toHaveLength(1);
    expect(weekdayFindings("الأحد العاشر من أكتوبر 2021")).toEqual([]);
    expect(weekdayFindings("الاثنين العاشر من أكتوبر 2021")).toHaveLength(1);
    expect(weekdayFindings("الثلاثاء الفاتح من نوفمبر 2022")).toEqual([]);
    expect(weekdayFindings("السبت 13/3/2021")).toEqual([]);
    expect(weekdayFindings("الأحد 13/3/2021")).toHaveLength(1);
  });

  it("takes a missing year from the publication date, or else from another date in the article", () => {
    const publishedAt = { year: 2021, month: 11, day: 9 };
    expect(weekdayFindings("تجمعوا يوم الجمعة 5 نوفمبر أمام البرلمان.", { publishedAt })).toEqual([]);
    const [finding] = weekdayFindings("تجمعوا يوم الأحد 5 نوفمبر أمام البرلمان.", { publishedAt });
    expect(finding.details).toMatchObject({ date: { year: 2021, month: 11, day: 5 }, yearSource: "published" });
    expect(
      weekdayFindings("سلّم نفسه الجمعة 30 ديسمبر الماضي.", { publishedAt: { year: 2023, month: 1, day: 4 } }),
    ).toEqual([]);
    const fromText = weekdayFindings("جرت الانتخابات في 10 أكتوبر 2021. وفي يوم الأحد 17 أكتوبر بدأ الطعن.");
    expect(fromText).toHaveLength(0);
    expect(
      weekdayFindings("جرت الانتخابات في 10 أكتوبر 2021. وفي يوم الاثنين 17 أكتوبر بدأ الطعن.")[0].details,
    ).toMatchObject({
      yearSource: "text",
    });
    expect(weekdayFindings("وفي يوم الاثنين 17 أكتوبر بدأ الطعن.")).toEqual([]);
  });

  it("accepts the weekday after the date in brackets, and the words between weekday and date", () => {
    expect(weekdayFindings("تنطلق يوم 12 ماي 2023 (الجمعة) في الساحة.")).toEqual([]);
    expect(weekdayFindings("تنطلق يوم 12 ماي 2023 (السبت) في الساحة.")[0].quote).toBe("12 ماي 2023 (السبت)");
    expect(weekdayFindings("يوم الأحد الموافق 18 ديسمبر 2022")).toEqual([]);
    expect(weekdayFindings("الأربعاء الماضي 20 يناير 2021")).toEqual([]);
    expect(weekdayFindings("يوم الاثنين، 2 مارس 2022")).toHaveLength(1);
  });

  it("lets a night name the day before, and both days of ليل السبت الأحد", () => {
    expect(weekdayFindings("ليلة الخميس 5 نوفمبر 2020")).toEqual([]); // Thursday
    expect(weekdayFindings("ليلة الجمعة 5 نوفمبر 2020")).toEqual([]); // the night before Friday
    expect(weekdayFindings("ليلة السبت 5 نوفمبر 2020")).toHaveLength(1);
    expect(weekdayFindings("ليل السبت الأحد 7 نوفمبر 2021")).toEqual([]);
  });

  it("ignores weekdays that do not belong to a date, and الأحد عشر", () => {
    expect(weekdayFindings("قال الوزير الأحد إن الانتخابات ستجري في 15 مارس 2022.")).toEqual([]);
    expect(weekdayFindings("شارك الأحد عشر لاعباً في مباراة 5 يونيو 2021.")).toEqual([]);
  });

  it("checks a weekday given with a Hijri date against its stated Gregorian equivalent", () => {
    expect(weekdayFindings("يوم الأربعاء 1 شوال 1445 هـ الموافق 10 أبريل 2024")).toEqual([]);
    expect(weekdayFindings("يوم الخميس 1 شوال 1445 هـ الموافق 10 أبريل 2024")).toHaveLength(1);
  });
});
