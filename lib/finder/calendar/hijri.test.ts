import { describe, expect, it } from "vitest";
import { toEpochDay } from "./days";
import { hijriToGregorian, toHijri } from "./hijri";

describe("Umm al-Qura conversions", () => {
  it("converts Hijri dates to the Gregorian days Intl's umalqura calendar gives", () => {
    expect(hijriToGregorian({ year: 1445, month: 9, day: 1 })).toEqual({ year: 2024, month: 3, day: 11 });
    expect(hijriToGregorian({ year: 1443, month: 4, day: 1 })).toEqual({ year: 2021, month: 11, day: 6 });
    expect(hijriToGregorian({ year: 1444, month: 10, day: 1 })).toEqual({ year: 2023, month: 4, day: 21 });
  });

  it("round-trips every day of several decades", () => {
    const from = toEpochDay({ year: 1990, month: 1, day: 1 });
    const to = toEpochDay({ year: 2030, month: 1, day: 1 });
    const wrong: number[] = [];
    for (let day = from; day < to; day += 3) if (toEpochDay(hijriToGregorian(toHijri(day))) !== day) wrong.push(day);
    expect(wrong).toEqual([]);
  });
});
