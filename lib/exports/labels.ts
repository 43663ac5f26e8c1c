import { createTranslator } from "use-intl/core";
import ar from "@/messages/ar.json" with { type: "json" };
import en from "@/messages/en.json" with { type: "json" };
import type { Locale } from "@/lib/i18n/locales";
import { isArabic } from "./rating-label";

// Reports are written in the article's language (not the reader's UI language): an Arabic
// fact-check reads in Arabic everywhere it is published.

const translators = {
  en: createTranslator({ locale: "en", messages: en, namespace: "report" }),
  ar: createTranslator({ locale: "ar", messages: ar, namespace: "report" }),
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
