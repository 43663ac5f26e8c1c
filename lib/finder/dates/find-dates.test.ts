import { describe, expect, it } from "vitest";
import { foldText } from "../text/fold";
import { findDates } from "./find-dates";

function dates(text: string) {
  const folded = foldText(text).text;
  return findDates(folded).map(({ calendar, day, month, year, yearHint, range }) => ({
    calendar,
    day,
    month,
    year,
    yearHint,
    range,
  }));
}
const gregorian = (day: number, month: number, year: number | null, extra = {}) => ({
  calendar: "gregorian",
  day,
  month,
  year,
  yearHint: null,
  range: false,
  ...extra,
});

describe("findDates", () => {
  it("reads the transliterated (Egyptian and Gulf) month names", () => {
    expect(dates("في 6 نوفمبر 2021")).toEqual([gregorian(6, 11, 2021)]);
    expect(dates("في 3 إبريل 2019 و9 يونيه 2022 و1 يوليه 2020")).toEqual([
      gregorian(3, 4, 2019),
      gregorian(9, 6, 2022),
      gregorian(1, 7, 2020),
    ]);
  });

  it("reads the Syriac (Levantine) month names, with or without the article", () => {
    expect(dates("في 11 شباط 2020 و12 تشرين ثاني 2020 و3 كانون الأول 2023")).toEqual([
      gregorian(11, 2, 2020),
      gregorian(12, 11, 2020),
      gregorian(3, 12, 2023),
    ]);
  });

  it("reads the Maghrebi month names of Algeria, Tunisia and Morocco", () => {
    expect(dates("25 جانفي 2020 و2 جوان 2022 و25 جويلية 2022 و17 أوت 2023").map((d) => d.month)).toEqual([1, 6, 7, 8]);
    expect(
      dates("6 ماي 2018 و16 يوليوز 2023 و17 غشت 2023 و5 شتنبر 2020 و15 نونبر 2021 و14 دجنبر 2021").map((d) => d.month),
    ).toEqual([5, 7, 8, 9, 11, 12]);
  });

  it("reads a month pair as one date, whichever name comes first", () => {
    expect(dates("6 نوفمبر/تشرين الثاني 2021")).toEqual([gregorian(6, 11, 2021)]);
    expect(dates("3 نيسان (أبريل) 2021")).toEqual([gregorian(3, 4, 2021)]);
  });

  it("reads Arabic-Indic digits", () => {
    expect(dates("٢٧ أكتوبر ٢٠٢٢")).toEqual([gregorian(27, 10, 2022)]);
  });

  it("reads ordinal days, الفاتح and غرة", () => {
    expect(dates("العاشر من أكتوبر")).toEqual([gregorian(10, 10, null)]);
    expect(dates("الحادي والعشرين من مارس 2021")).toEqual([gregorian(21, 3, 2021)]);
    expect(dates("الخامس عشر من مايو 2024")).toEqual([gregorian(15, 5, 2024)]);
    expect(dates("الفاتح من نوفمبر 2022")).toEqual([gregorian(1, 11, 2022)]);
    expect(dates("غرة رمضان")[0]).toMatchObject({ calendar: "hijri", day: 1, month: 9, year: null });
  });

  it("reads years written with عام/العام and م, and the words that stand for a missing year", () => {
    expect(dates("6 من شهر نوفمبر من العام 2021")).toEqual([gregorian(6, 11, 2021)]);
    expect(dates("12 مارس 2019 م")).toEqual([gregorian(12, 3, 2019)]);
    expect(dates("7 سبتمبر الجاري")).toEqual([gregorian(7, 9, null, { yearHint: "current" })]);
    expect(dates("30 ديسمبر الماضي")).toEqual([gregorian(30, 12, null, { yearHint: "past" })]);
    expect(dates("4 يوليو المقبل")).toEqual([gregorian(4, 7, null, { yearHint: "next" })]);
  });

  it("reads ranges of days and numeric dates (day first, or year first)", () => {
    expect(dates("6 و7 نوفمبر")).toEqual([gregorian(6, 11, null, { range: true })]);
    expect(dates("13/3/2021 و2021-11-06")).toEqual([gregorian(13, 3, 2021), gregorian(6, 11, 2021)]);
  });

  it("reads Hijri dates with هـ, للهجرة and the genitive ذي", () => {
    expect(dates("1 رمضان 1445 هـ")[0]).toMatchObject({ calendar: "hijri", day: 1, month: 9, year: 1445 });
    expect(dates("25 رمضان 1445هـ")[0]).toMatchObject({ day: 25, month: 9, year: 1445 });
    expect(dates("22 ذي الحجة 1443 للهجرة")[0]).toMatchObject({ day: 22, month: 12, year: 1443 });
    expect(dates("5 جمادى الآخرة 1440")[0]).toMatchObject({ day: 5, month: 6, year: 1440 });
  });

  it("does not take a bare month, a name or a number for a date", () => {
    expect(dates("قال رمضان إن مارس الضغط")).toEqual([]);
    expect(dates("اشترى 3 سيارات نيسان")).toEqual([]);
  });
});
