import { weekdayOf, type CivilDate } from "../calendar/days";
import { WEEKDAYS } from "../calendar/weekdays";
import type { DateMention } from "../dates/find-dates";
import type { HijriLink } from "../dates/hijri-links";
import { resolveGregorian } from "../dates/resolve-date";
import { foldedPhrases, wordAlternation } from "../text/lexicon";
import { itemsWithin } from "../text/ranges";
import type { RawFinding } from "./types";

// A weekday named with a date: "يوم الأحد 6 نوفمبر"، "فجر الأحد 6 نوفمبر"، "الأحد، 6 نوفمبر"،
// "الأحد الماضي 6 نوفمبر"، "الأحد الموافق 6 نوفمبر"، "6 نوفمبر (الأحد)". A night belongs to the next
// day in Arabic ("ليلة الخميس" is Wednesday evening), so a night may name either day; "ليل السبت
// الأحد" names both. A weekday with a Hijri date is checked against its stated Gregorian equivalent.

const NIGHT = foldedPhrases("ليلة", "ليل", "منتصف ليل", "منتصف ليلة", "ليلة يوم");
const TIME_OF_DAY = foldedPhrases(
  "يوم",
  "صباح",
  "صبيحة",
  "مساء",
  "ظهر",
  "ظهيرة",
  "عصر",
  "فجر",
  "نهار",
  "ضحى",
  "صباح يوم",
  "مساء يوم",
  "فجر يوم",
  "ظهر يوم",
);
const WEEKDAY = wordAlternation([...WEEKDAYS.keys()]);
const AFTER_WEEKDAY = foldedPhrases("الماضي", "الفائت", "المنصرم", "المقبل", "القادم");
const PHRASE = new RegExp(
  `(?:(?<night>${wordAlternation(NIGHT)})\\s+|(?:${wordAlternation(TIME_OF_DAY)})\\s+)?` +
    `[وف]?(?<weekday>${WEEKDAY})(?!\\s+عشر)` +
    `(?:\\s*(?:-|/|الي|و)\\s*(?<second>${WEEKDAY}))?` +
    `(?:\\s+(?:${wordAlternation(AFTER_WEEKDAY)}))?`,
  "dgu",
);
const GAP_BEFORE_DATE = new RegExp(
  `^[\\s،,(\\-:]*(?:(?:${foldedPhrases("الموافق", "المصادف", "بتاريخ").join("|")})\\s*(?:ل\\s*)?[\\s،,(\\-:]*)?$`,
  "u",
);
const MAX_GAP = 24;
// How far before a weekday in brackets its date may start, and how long a date may be.
const MAX_BEFORE = 80;
const MAX_DATE = 80;

type Context = {
  publishedAt: CivilDate | null;
  dates: readonly DateMention[];
  links: readonly HijriLink[];
  source: (start: number, end: number) => string;
};

type Phrase = { start: number; end: number; weekdayStart: number; stated: number[] };

function findPhrases(text: string): Phrase[] {
  const phrases: Phrase[] = [];
  PHRASE.lastIndex = 0;
  for (let match = PHRASE.exec(text); match; match = PHRASE.exec(text)) {
    const groups = match.groups!;
    const first = WEEKDAYS.get(groups.weekday)!;
    const stated = new Set([first]);
    if (groups.second) stated.add(WEEKDAYS.get(groups.second)!);
    if (groups.night) stated.add((first + 6) % 7);
    const weekdayStart = match.indices!.groups!.weekday[0];
    phrases.push({ start: match.index, end: match.index + match[0].length, weekdayStart, stated: [...stated] });
  }
  return phrases;
}

/** The date a weekday phrase names: right after it, or right before it with the weekday in brackets. */
function dateOf(
  text: string,
  phrase: Phrase,
  dates: readonly DateMention[],
): { date: DateMention; span: [number, number] } | null {
  for (const date of itemsWithin(dates, phrase.start - MAX_BEFORE, phrase.end + MAX_GAP + MAX_DATE)) {
    if (date.start >= phrase.end) {
      const gap = text.slice(phrase.end, date.start);
      return gap.length <= MAX_GAP && GAP_BEFORE_DATE.test(gap)
        ? { date, span: [phrase.weekdayStart, date.end] }
        : null;
    }
    if (date.end <= phrase.weekdayStart && !date.range) {
      const before = text.slice(date.end, phrase.start);
      const after = text.slice(phrase.end).match(/^\s*\)/u);
      if (/^\s*\(\s*$/u.test(before) && after) return { date, span: [date.start, phrase.end + after[0].length] };
    }
  }
  return null;
}

function gregorianOf(date: DateMention, context: Context): DateMention | null {
  if (date.calendar === "gregorian") return date;
  return context.links.find((link) => link.hijri === date)?.gregorian ?? null;
}

export function checkWeekdays(text: string, context: Context): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const phrase of findPhrases(text)) {
    const found = dateOf(text, phrase, context.dates);
    if (!found) continue;
    const gregorian = gregorianOf(found.date, context);
    const resolved = gregorian && resolveGregorian(gregorian, context.publishedAt, context.dates);
    if (!resolved) continue;
    const actual = weekdayOf(resolved.date);
    if (phrase.stated.includes(actual)) continue;
    const monthName = context.source(gregorian.monthStart, gregorian.monthEnd);
    findings.push({
      kind: "weekday_mismatch",
      start: found.span[0],
      end: found.span[1],
      details: {
        date: { ...resolved.date, monthName: /\d/u.test(monthName) ? null : monthName },
        stated: phrase.stated,
        actual,
        yearSource: resolved.yearSource,
      },
    });
  }
  return findings;
}
