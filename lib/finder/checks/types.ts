import type { YearSource } from "../dates/infer-year";

/** Errors: the text contradicts itself. Notes: worth a look, often fine (a one-day Hijri gap, two sources). */
export type FindingKind =
  | "weekday_mismatch"
  | "month_pair_mismatch"
  | "hijri_mismatch"
  | "hijri_one_day"
  | "figure_mismatch"
  | "figures_differ";

export const FINDING_KINDS: readonly FindingKind[] = [
  "weekday_mismatch",
  "month_pair_mismatch",
  "hijri_mismatch",
  "hijri_one_day",
  "figure_mismatch",
  "figures_differ",
];

export const NOTE_KINDS: ReadonlySet<FindingKind> = new Set(["hijri_one_day", "figures_differ"]);

/** A date as the explanation repeats it: the month's name as the article wrote it, if it wrote one. */
export type DateLabel = { year: number; month: number; day: number; monthName: string | null };

export type WeekdayDetails = {
  date: DateLabel;
  /** Weekdays the text names (0 = Sunday); two for "ليل السبت الأحد". */
  stated: number[];
  actual: number;
  yearSource: YearSource;
};

export type MonthPairDetails = {
  first: { name: string; month: number };
  second: { name: string; month: number };
};

export type HijriDetails = {
  hijri: { year: number; month: number; day: number; monthName: string };
  stated: DateLabel;
  /** The Gregorian date of the Hijri date by the Umm al-Qura calendar. */
  converted: DateLabel;
  days: number;
};

export type FigureMention = { start: number; end: number; quote: string; value: number; source: string | null };

export type FigureDetails = {
  /** What is counted: "killed", "injured"… or the words after عدد/نسبة ("نسبة المشاركة"). */
  concept: string;
  phrase: string | null;
  value: number;
  source: string | null;
  other: FigureMention;
};

type Of<K extends FindingKind, D> = { kind: K; start: number; end: number; quote: string; details: D };

export type Finding =
  | Of<"weekday_mismatch", WeekdayDetails>
  | Of<"month_pair_mismatch", MonthPairDetails>
  | Of<"hijri_mismatch" | "hijri_one_day", HijriDetails>
  | Of<"figure_mismatch" | "figures_differ", FigureDetails>;

/** A finding while the checks run: folded offsets, no quote yet. */
export type RawFinding = Finding extends infer F ? (F extends Finding ? Omit<F, "quote"> : never) : never;
