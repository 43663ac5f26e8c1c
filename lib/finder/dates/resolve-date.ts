import { isRealDate, type CivilDate } from "../calendar/days";
import type { DateMention } from "./find-dates";
import { anchorFor, inferYear, type YearSource } from "./infer-year";

export type ResolvedDate = { date: CivilDate; yearSource: YearSource };

/** A Gregorian mention as a full date (its year written or inferred), or null when it cannot be one. */
export function resolveGregorian(
  mention: DateMention,
  publishedAt: CivilDate | null,
  dates: readonly DateMention[],
): ResolvedDate | null {
  if (mention.calendar !== "gregorian") return null;
  let year = mention.year;
  let yearSource: YearSource = "written";
  if (year === null) {
    const anchor = anchorFor(mention.start, publishedAt, dates);
    if (!anchor) return null;
    year = inferYear(mention, anchor.date);
    yearSource = anchor.source;
  }
  const date = { year, month: mention.month, day: mention.day };
  return year >= 1800 && year <= 2200 && isRealDate(date) ? { date, yearSource } : null;
}
