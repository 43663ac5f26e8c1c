import { createTranslator } from "use-intl/core";
import ar from "@/messages/ar.json" with { type: "json" };
import en from "@/messages/en.json" with { type: "json" };
import type { Locale } from "@/lib/i18n/locales";
import type { ReportClaim } from "@/lib/reports/types";
import { isArabic } from "./rating-label";

// Reports are written in the article's language (not the reader's UI language): an Arabic
// fact-check reads in Arabic everywhere it is published.

const translators = {
  en: createTranslator({ locale: "en", messages: en, namespace: "report" }),
  ar: createTranslator({ locale: "ar", messages: ar, namespace: "report" }),
};
// The corrections log is worded like the claim's History tab (messages: history.log).
const logTranslators = {
  en: createTranslator({ locale: "en", messages: en, namespace: "history.log" }),
  ar: createTranslator({ locale: "ar", messages: ar, namespace: "history.log" }),
};

export type ReportText = (typeof translators)["en"];

export const reportLocale = (language: string): Locale => (isArabic(language) ? "ar" : "en");

export const reportText = (language: string): ReportText => translators[reportLocale(language)];

/** A long date in the report's language, Western digits so it reads the same in print and search. */
export function formatDate(value: string, language: string): string {
  const date = new Date(value.length === 10 ? `${value}T00:00:00.000Z` : value);
  const locale = reportLocale(language) === "ar" ? "ar-u-nu-latn" : "en-GB";
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(date);
}

/** A published claim's corrections log, oldest first: each correction's note, then the retraction. */
export function correctionLog(claim: ReportClaim, language: string): { date: string; text: string }[] {
  const t = logTranslators[reportLocale(language)];
  return [
    ...claim.corrections.map((c) => ({ date: c.date, text: t("correction", { n: c.number, note: c.note }) })),
    ...(claim.retraction
      ? [{ date: claim.retraction.date, text: t("retraction", { note: claim.retraction.note }) }]
      : []),
  ];
}
