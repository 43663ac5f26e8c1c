import { fromEpochDay, type CivilDate } from "./days";

// Hijri dates by the Umm al-Qura calendar, from Node's own ICU (Intl's "islamic-umalqura"): no table
// or package to keep up to date. Intl only converts Gregorian → Hijri, so Hijri → Gregorian walks
// from an estimate until the formatted date matches.

export type HijriDate = { year: number; month: number; day: number };

const FORMAT = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura", {
  timeZone: "UTC",
  year: "numeric",
  month: "numeric",
  day: "numeric",
});
// 1 Muharram 1 AH (civil reckoning) as an epoch day, and the mean lengths of the year and month.
const EPOCH = -492_148;
const YEAR = 354.36667;
const MONTH = 29.530589;

export function toHijri(epochDay: number): HijriDate {
  const parts = FORMAT.formatToParts(new Date(epochDay * 86_400_000));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day") };
}

const monthStarts = new Map<number, number>();

/** The epoch day of the 1st of a Hijri month. */
function monthStart(year: number, month: number): number {
  const key = year * 12 + month;
  const cached = monthStarts.get(key);
  if (cached !== undefined) return cached;
  let day = Math.round(EPOCH + (year - 1) * YEAR + (month - 1) * MONTH);
  for (let step = 0; step < 10; step++) {
    const at = toHijri(day);
    const months = (year - at.year) * 12 + (month - at.month);
    if (months === 0 && at.day === 1) break;
    day += months === 0 ? 1 - at.day : Math.round(months * MONTH) + (1 - at.day);
  }
  monthStarts.set(key, day);
  return day;
}

/** The epoch day of a Hijri date; a 30th in a 29-day month is the next month's 1st, as people count. */
export function hijriToEpochDay({ year, month, day }: HijriDate): number {
  return monthStart(year, month) + day - 1;
}

export function hijriToGregorian(date: HijriDate): CivilDate {
  return fromEpochDay(hijriToEpochDay(date));
}
