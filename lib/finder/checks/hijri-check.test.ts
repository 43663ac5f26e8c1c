import { describe, expect, it } from "vitest";
import { findChecks } from "./find-checks";

const hijri = (text: string) =>
  findChecks(text).filter((f) => f.kind === "hijri_mismatch" || f.kind === "hijri_one_day");

// By Umm al-Qura, 1 Ramadan 1445 is 11 March 2024 and 1 Shawwal 1444 is 21 April 2023.
describe("hijri_mismatch and hijri_one_day", () => {
  it("accepts a Hijri date with its right Gregorian equivalent, however the link is written", () => {
    expect(hijri("غرة رمضان 1 رمضان 1445 هـ الموافق 11 مارس 2024")).toEqual([]);
    expect(hijri("بتاريخ 1 رمضان 1445هـ (11 مارس 2024 م)")).toEqual([]);
    expect(hijri("في ١ رمضان ١٤٤٥ هـ الموافق لـ ١١ مارس ٢٠٢٤")).toEqual([]);
    expect(hijri("يوم 11 مارس 2024 الموافق 1 رمضان 1445 هـ")).toEqual([]);
  });

  it("flags two days or more as an error, with the converted date", () => {
    const [finding] = hijri("تبدأ غرة الشهر في 1 رمضان 1445 هـ الموافق 14 مارس 2024 بعد الرؤية.");
    expect(finding.kind).toBe("hijri_mismatch");
    expect(finding.quote).toBe("1 رمضان 1445 هـ الموافق 14 مارس 2024");
    expect(finding.details).toMatchObject({ converted: { year: 2024, month: 3, day: 11 }, days: 3 });
  });

  it("makes a one-day gap a note, in either direction", () => {
    expect(hijri("أول أيام العيد 1 شوال 1444 هـ الموافق 22 أبريل 2023")[0].kind).toBe("hijri_one_day");
    expect(hijri("1 شوال 1444 هـ الموافق 20 أبريل 2023")[0].kind).toBe("hijri_one_day");
  });

  it("fills a missing year on either side from the other", () => {
    expect(hijri("يبدأ الصيام في 1 رمضان الموافق 11 مارس 2024")).toEqual([]);
    expect(hijri("يبدأ الصيام في 1 رمضان الموافق 15 مارس 2024")[0].kind).toBe("hijri_mismatch");
    expect(hijri("في 1 رمضان 1445 هـ الموافق 11 مارس")).toEqual([]);
  });

  it("leaves a Hijri date alone when no Gregorian date is given as its equivalent", () => {
    expect(hijri("في 1 رمضان 1445 هـ، وبعد ذلك في 20 مارس 2024")).toEqual([]);
  });
});
