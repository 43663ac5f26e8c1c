import type { CivilDate } from "../calendar/days";
import { findDates } from "../dates/find-dates";
import { findHijriLinks } from "../dates/hijri-links";
import { foldText, toSourceRange } from "../text/fold";
import { CodePointIndex } from "@/lib/arabic/codepoint-index";
import { checkFigures } from "./figure-check";
import { checkHijriLink } from "./hijri-check";
import { checkMonthPairs } from "./month-pair-check";
import type { Finding, RawFinding } from "./types";
import { checkWeekdays } from "./weekday-check";

export type CheckOptions = {
  /** The article's publication date: the year of dates written without one. */
  publishedAt?: CivilDate | null;
};

/**
 * Dates and figures in `text` (an article's canonical text) that contradict themselves, with offsets in
 * code points of `text`, in reading order.
 */
export function findChecks(text: string, options: CheckOptions = {}): Finding[] {
  const folded = foldText(text);
  const index = new CodePointIndex(text);
  const range = (start: number, end: number) => toSourceRange(folded, start, end);
  const source = (start: number, end: number) => {
    const { start: from, end: to } = range(start, end);
    return index.slice(from, to);
  };
  const dates = findDates(folded.text);
  const links = findHijriLinks(folded.text, dates);
  const publishedAt = options.publishedAt ?? null;
  const raw: RawFinding[] = [
    ...checkWeekdays(folded.text, { publishedAt, dates, links, source }),
    ...checkMonthPairs(folded.text, source),
    ...links.flatMap((link) => checkHijriLink(link, { publishedAt, dates, source }) ?? []),
    ...checkFigures(folded.text, dates, { quote: source, range }),
  ];
  return raw
    .map((finding) => {
      const span = range(finding.start, finding.end);
      return { ...finding, ...span, quote: index.slice(span.start, span.end) } as Finding;
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
