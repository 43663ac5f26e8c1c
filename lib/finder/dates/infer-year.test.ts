import { describe, expect, it } from "vitest";
import { inferYear } from "./infer-year";

const published = { year: 2023, month: 1, day: 4 };

describe("inferYear", () => {
  it("takes the year that puts the date nearest the publication date", () => {
    expect(inferYear({ day: 29, month: 12, yearHint: null }, published)).toBe(2022);
    expect(inferYear({ day: 10, month: 1, yearHint: null }, published)).toBe(2023);
    expect(inferYear({ day: 2, month: 7, yearHint: null }, { year: 2024, month: 6, day: 20 })).toBe(2024);
  });

  it("reads الماضي as on or before, المقبل as on or after, الجاري as the same year", () => {
    expect(inferYear({ day: 30, month: 12, yearHint: "past" }, published)).toBe(2022);
    expect(inferYear({ day: 3, month: 1, yearHint: "past" }, published)).toBe(2023);
    expect(inferYear({ day: 3, month: 1, yearHint: "next" }, published)).toBe(2024);
    expect(inferYear({ day: 7, month: 9, yearHint: "current" }, { year: 2022, month: 9, day: 12 })).toBe(2022);
    expect(inferYear({ day: 5, month: 1, yearHint: "next" }, { year: 2021, month: 12, day: 28 })).toBe(2022);
  });
});
