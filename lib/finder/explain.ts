import { createTranslator } from "use-intl/core";
import ar from "@/messages/ar.json" with { type: "json" };
import en from "@/messages/en.json" with { type: "json" };
import type { Locale } from "@/lib/i18n/locales";
import { toEpochDay } from "./calendar/days";
import { monthNameIn, usageOf, type Usage } from "./calendar/months";
import { WEEKDAY_NAMES_AR } from "./calendar/weekdays";
import type { DateLabel, FigureDetails, Finding, HijriDetails } from "./checks/types";

// A finding's explanation in the reader's language: "6 نوفمبر 2021 كان يوم السبت، لا الأحد." The
// Arabic repeats the month names the article used; the English names the months in English.

const translators = {
  en: createTranslator({ locale: "en", messages: en, namespace: "finder" }),
  ar: createTranslator({ locale: "ar", messages: ar, namespace: "finder" }),
};
const WEEKDAYS_EN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS_EN = new Intl.DateTimeFormat("en-GB", { month: "long", timeZone: "UTC" });
const HIJRI_MONTHS_EN = [
  "Muharram",
  "Safar",
  "Rabi al-Awwal",
  "Rabi al-Thani",
  "Jumada al-Ula",
  "Jumada al-Akhira",
  "Rajab",
  "Shaban",
  "Ramadan",
  "Shawwal",
  "Dhu al-Qadah",
  "Dhu al-Hijjah",
];

function englishMonth(month: number): string {
  return MONTHS_EN.format(new Date(Date.UTC(2000, month - 1, 1)));
}

function dateText(date: DateLabel, locale: Locale, usage: Usage | null = null): string {
  if (locale === "en") return `${date.day} ${englishMonth(date.month)} ${date.year}`;
  const month = date.monthName ?? monthNameIn(date.month, usage ?? "egyptian");
  return `${date.day} ${month} ${date.year}`;
}

function weekdayText(weekday: number, locale: Locale): string {
  return locale === "en" ? WEEKDAYS_EN[weekday] : WEEKDAY_NAMES_AR[weekday];
}

function numberText(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "ar" ? "ar-u-nu-latn" : "en").format(value);
}

function hijriText(details: HijriDetails, locale: Locale): string {
  const { day, month, year, monthName } = details.hijri;
  return `${day} ${locale === "en" ? HIJRI_MONTHS_EN[month - 1] : monthName} ${year}`;
}

function figureWhat(details: FigureDetails, locale: Locale): string {
  const t = translators[locale];
  if (details.concept === "phrase") return t("explain.what.phrase", { phrase: details.phrase ?? "" });
  return t(`explain.what.${details.concept as "killed"}`);
}

/** The month a pair names, in the reader's language: in Arabic, by the other name's naming system. */
function pairMonth(month: number, otherName: string, locale: Locale): string {
  if (locale === "en") return englishMonth(month);
  return monthNameIn(month, usageOf(otherName) ?? "egyptian");
}

export function explainFinding(finding: Finding, locale: Locale, today: Date = new Date()): string {
  const t = translators[locale];
  switch (finding.kind) {
    case "weekday_mismatch": {
      const { date, stated, actual, yearSource } = finding.details;
      const past = toEpochDay(date) < Math.floor(today.getTime() / 86_400_000);
      const sentence = t("explain.weekday", {
        date: dateText(date, locale),
        tense: past ? "past" : "other",
        actual: weekdayText(actual, locale),
        stated: weekdayText(stated[0], locale),
      });
      if (yearSource === "written") return sentence;
      const note = t(yearSource === "published" ? "explain.yearPublished" : "explain.yearText", { year: date.year });
      return `${sentence} ${note}`;
    }
    case "month_pair_mismatch": {
      const { first, second } = finding.details;
      return t("explain.monthPair", {
        first: first.name,
        second: second.name,
        firstMonth: pairMonth(first.month, second.name, locale),
        secondMonth: pairMonth(second.month, first.name, locale),
      });
    }
    case "hijri_mismatch":
    case "hijri_one_day": {
      const details = finding.details;
      const usage = details.stated.monthName ? usageOf(details.stated.monthName) : null;
      return t(finding.kind === "hijri_mismatch" ? "explain.hijri" : "explain.hijriOneDay", {
        hijri: hijriText(details, locale),
        converted: dateText(details.converted, locale, usage),
        stated: dateText(details.stated, locale),
        days: details.days,
      });
    }
    case "figure_mismatch":
    case "figures_differ": {
      const details = finding.details;
      const values = { value: numberText(details.value, locale), otherValue: numberText(details.other.value, locale) };
      if (finding.kind === "figure_mismatch") {
        return t("explain.figure", { what: figureWhat(details, locale), ...values, otherQuote: details.other.quote });
      }
      return t("explain.figuresDiffer", {
        what: figureWhat(details, locale),
        ...values,
        source: details.source ?? "",
        otherSource: details.other.source ?? "",
      });
    }
  }
}
