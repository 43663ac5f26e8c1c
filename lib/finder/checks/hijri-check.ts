import { fromEpochDay, toEpochDay, type CivilDate } from "../calendar/days";
import { hijriToEpochDay, toHijri, type HijriDate } from "../calendar/hijri";
import type { DateMention } from "../dates/find-dates";
import type { HijriLink } from "../dates/hijri-links";
import { resolveGregorian } from "../dates/resolve-date";
import type { RawFinding } from "./types";

// A Hijri date and its stated Gregorian equivalent, compared by the Umm al-Qura calendar. Countries that
// follow the sighting of the moon can be a day off it, so one day apart is a note, two or more an error.

// Intl's Umm al-Qura data covers these years; outside them it falls back to arithmetic.
const FIRST_YEAR = 1300;
const LAST_YEAR = 1600;

type Context = {
  publishedAt: CivilDate | null;
  dates: readonly DateMention[];
  source: (start: number, end: number) => string;
};

/** The Hijri date's year: written, or the one that puts it nearest the Gregorian date. */
function hijriNear(mention: DateMention, near: number): HijriDate {
  const { day, month } = mention;
  if (mention.year !== null) return { year: mention.year, month, day };
  const around = toHijri(near).year;
  const candidates = [around - 1, around, around + 1].map((year) => ({ year, month, day }));
  const distance = (date: HijriDate) => Math.abs(hijriToEpochDay(date) - near);
  return candidates.reduce((best, date) => (distance(date) < distance(best) ? date : best));
}

/** The Gregorian date's year: written, inferred from the article, or the one nearest the Hijri date. */
function gregorianNear(link: HijriLink, context: Context): CivilDate | null {
  const { gregorian, hijri } = link;
  if (gregorian.year === null && hijri.year !== null) {
    const converted = fromEpochDay(hijriToEpochDay({ year: hijri.year, month: hijri.month, day: hijri.day }));
    const candidates = [converted.year - 1, converted.year, converted.year + 1];
    const target = toEpochDay(converted);
    const distance = (year: number) =>
      Math.abs(toEpochDay({ year, month: gregorian.month, day: gregorian.day }) - target);
    const year = candidates.reduce((best, y) => (distance(y) < distance(best) ? y : best));
    return { year, month: gregorian.month, day: gregorian.day };
  }
  return resolveGregorian(gregorian, context.publishedAt, context.dates)?.date ?? null;
}

export function checkHijriLink(link: HijriLink, context: Context): RawFinding | null {
  const stated = gregorianNear(link, context);
  if (!stated) return null;
  const hijri = hijriNear(link.hijri, toEpochDay(stated));
  if (hijri.year < FIRST_YEAR || hijri.year > LAST_YEAR || hijri.day > 30) return null;
  const convertedDay = hijriToEpochDay(hijri);
  const days = Math.abs(convertedDay - toEpochDay(stated));
  if (days === 0) return null;
  const monthName = context.source(link.hijri.monthStart, link.hijri.monthEnd);
  const gregorianName = context.source(link.gregorian.monthStart, link.gregorian.monthEnd);
  const named = /\d/u.test(gregorianName) ? null : gregorianName;
  return {
    kind: days === 1 ? "hijri_one_day" : "hijri_mismatch",
    start: link.start,
    end: link.end,
    details: {
      hijri: { ...hijri, monthName },
      stated: { ...stated, monthName: named },
      converted: { ...fromEpochDay(convertedDay), monthName: null },
      days,
    },
  };
}
