import { toEpochDay, type CivilDate } from "../calendar/days";
import type { DateMention } from "./find-dates";

// A date written without its year ("6 نوفمبر", "7 سبتمبر الجاري", "30 ديسمبر الماضي") is read in the
// year that puts it nearest to an anchor: the article's publication date, else the nearest date in the
// text whose year is written. The words after the month narrow it: الماضي means on or before the
// anchor, المقبل on or after, الجاري the anchor's own year.

export type YearSource = "written" | "published" | "text";
export type Anchor = { date: CivilDate; source: Exclude<YearSource, "written"> };

function monthDayKey(month: number, day: number): number {
  return month * 100 + day;
}

export function inferYear(mention: Pick<DateMention, "day" | "month" | "yearHint">, anchor: CivilDate): number {
  const { day, month, yearHint } = mention;
  const sameYearIsLater = monthDayKey(month, day) > monthDayKey(anchor.month, anchor.day);
  if (yearHint === "current") return anchor.year;
  if (yearHint === "past") return sameYearIsLater ? anchor.year - 1 : anchor.year;
  if (yearHint === "next")
    return sameYearIsLater || monthDayKey(month, day) === monthDayKey(anchor.month, anchor.day)
      ? anchor.year
      : anchor.year + 1;
  const target = toEpochDay(anchor);
  const candidates = [anchor.year - 1, anchor.year, anchor.year + 1];
  const distance = (year: number) => Math.abs(toEpochDay({ year, month, day }) - target);
  return candidates.reduce((best, year) => (distance(year) < distance(best) ? year : best));
}

/** The anchor for a date at `position`: the publication date, else the nearest date with a written year. */
export function anchorFor(
  position: number,
  publishedAt: CivilDate | null,
  dates: readonly DateMention[],
): Anchor | null {
  if (publishedAt) return { date: publishedAt, source: "published" };
  let nearest: DateMention | null = null;
  for (const date of dates) {
    if (date.calendar !== "gregorian" || date.year === null) continue;
    if (!nearest || Math.abs(date.start - position) < Math.abs(nearest.start - position)) nearest = date;
  }
  return nearest ? { date: { year: nearest.year!, month: nearest.month, day: nearest.day }, source: "text" } : null;
}
