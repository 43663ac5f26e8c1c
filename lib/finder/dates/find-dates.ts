import { foldedPhrases, wordAlternation } from "../text/lexicon";
import { HIJRI_MONTH_NAMES, lookUpHijriMonth } from "../calendar/hijri-months";
import { lookUpMonth, MONTH_NAMES } from "../calendar/months";
import { ORDINAL_PHRASES, ordinalValue } from "./ordinals";

// Dates as Arabic news writes them, found in the folded text:
//   6 نوفمبر 2021 · ٦ نوفمبر/تشرين الثاني ٢٠٢١ · العاشر من أكتوبر · الفاتح من نوفمبر · غرة رمضان
//   6 من شهر نوفمبر من العام 2021 · 7 سبتمبر الجاري · 6 و7 نوفمبر · 6/11/2021 · 1 رمضان 1445 هـ

export type YearHint = "current" | "past" | "next";

export type DateMention = {
  calendar: "gregorian" | "hijri";
  start: number;
  end: number;
  day: number;
  month: number;
  year: number | null;
  yearHint: YearHint | null;
  /** "6 و7 نوفمبر": a weekday before it names the first day only. */
  range: boolean;
  /** Where the (first) month name is, for explanations that repeat it. */
  monthStart: number;
  monthEnd: number;
};

const HINTS: [string, YearHint][] = [
  ["الجاري", "current"],
  ["الحالي", "current"],
  ["الماضي", "past"],
  ["المنصرم", "past"],
  ["الفائت", "past"],
  ["المنقضي", "past"],
  ["المقبل", "next"],
  ["القادم", "next"],
];
const HINT_WORDS = new Map(HINTS.map(([word, hint]) => [foldedPhrases(word)[0], hint]));

const NUMBER_END = "(?![\\p{N}/.\\-]\\d)";
const DAY = `(?:(?<day>\\d{1,2})(?:\\s*(?:-|و|الي|حتي)\\s*(?<until>\\d{1,2}))?|(?<ordinal>${wordAlternation(ORDINAL_PHRASES)})\\s+من|(?<first>اول|غره))`;
const MONTH_OF = "(?:\\s+من)?(?:\\s+شهر)?\\s+";
const GREGORIAN_MONTH = `(?<month>${wordAlternation(MONTH_NAMES)})(?:\\s*(?:/|\\()\\s*(?:${wordAlternation(MONTH_NAMES)})\\s*\\)?)?`;
const YEAR = `(?:\\s*[،,]?\\s*(?:من\\s+)?(?:(?:ال)?عام\\s+|(?:ال)?سنه\\s+)?(?<year>\\d{4})${NUMBER_END}(?:\\s*م(?![\\p{L}]))?|\\s+(?<hint>${wordAlternation([...HINT_WORDS.keys()])}))?`;
const GREGORIAN = new RegExp(`(?<![\\p{N}/])${DAY}${MONTH_OF}${GREGORIAN_MONTH}${YEAR}`, "dgu");

const HIJRI_MONTH = `(?<month>${wordAlternation(HIJRI_MONTH_NAMES)})`;
const HIJRI_YEAR = `(?:\\s+(?:(?:ال)?عام\\s+|(?:ال)?سنه\\s+)?(?<year>\\d{3,4})${NUMBER_END})?(?:\\s*(?:ه|هجري|هجريه|الهجري|الهجريه|للهجره)(?![\\p{L}]))?`;
const HIJRI = new RegExp(`(?<![\\p{N}/])${DAY}${MONTH_OF}${HIJRI_MONTH}${HIJRI_YEAR}`, "dgu");

const NUMERIC = [
  { pattern: /(?<![\p{N}/.\-])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})(?![\p{N}/.\-])/gu, order: [1, 3, 4] },
  { pattern: /(?<![\p{N}/.\-])(\d{4})([/.\-])(\d{1,2})\2(\d{1,2})(?![\p{N}/.\-])/gu, order: [4, 3, 1] },
];

function dayOf(groups: Record<string, string | undefined>): number | undefined {
  if (groups.day) return Number(groups.day);
  if (groups.ordinal) return ordinalValue(groups.ordinal);
  return groups.first ? 1 : undefined;
}

function monthRange(match: RegExpExecArray): { monthStart: number; monthEnd: number } {
  const [monthStart, monthEnd] = match.indices?.groups?.month ?? [match.index, match.index];
  return { monthStart, monthEnd };
}

function toMention(
  match: RegExpExecArray,
  calendar: DateMention["calendar"],
  month: number | undefined,
): DateMention | null {
  const groups = match.groups ?? {};
  const day = dayOf(groups);
  if (day === undefined || month === undefined || day < 1 || day > 31) return null;
  const year = groups.year ? Number(groups.year) : null;
  const hintWord = groups.hint?.replace(/\s+/gu, " ");
  return {
    calendar,
    start: match.index,
    end: match.index + match[0].length,
    day,
    month,
    year,
    yearHint: hintWord ? (HINT_WORDS.get(hintWord) ?? null) : null,
    range: groups.until !== undefined,
    ...monthRange(match),
  };
}

function findNumericDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const { pattern, order } of NUMERIC) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const [day, month, year] = order.map((group) => Number(match[group]));
      if (month < 1 || month > 12 || day < 1 || day > 31) continue;
      const start = match.index;
      const end = start + match[0].length;
      found.push({
        calendar: "gregorian",
        start,
        end,
        day,
        month,
        year,
        yearHint: null,
        range: false,
        monthStart: start,
        monthEnd: end,
      });
    }
  }
  return found;
}

/** Every Gregorian, Hijri and numeric date in the folded text, in reading order. */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const [pattern, calendar] of [
    [GREGORIAN, "gregorian"],
    [HIJRI, "hijri"],
  ] as const) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const name = match.groups?.month ?? "";
      const month = calendar === "gregorian" ? lookUpMonth(name)?.month : lookUpHijriMonth(name);
      const mention = toMention(match, calendar, month);
      if (mention) found.push(mention);
    }
  }
  found.push(...findNumericDates(text));
  return found.sort((a, b) => a.start - b.start);
}
