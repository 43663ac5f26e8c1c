import { createTranslator } from "use-intl/core";
import ar from "@/messages/ar.json" with { type: "json" };
import en from "@/messages/en.json" with { type: "json" };
import type { Locale } from "./locales";

export type ErrorKey = keyof typeof en.errors;
type Params = Record<string, string | number>;

const translators = {
  en: createTranslator({ locale: "en", messages: en, namespace: "errors" }),
  ar: createTranslator({ locale: "ar", messages: ar, namespace: "errors" }),
};
const known = new Map<string, { key: ErrorKey; params?: Params }>();

/**
 * An error message in English (what logs, tests and API clients without a language preference see),
 * remembered so the API can answer in the reader's language (see localizeErrorText).
 */
export function errorText(key: ErrorKey, params?: Params): string {
  const text = translators.en(key, params);
  known.set(text, { key, params });
  return text;
}

export function localizeErrorText(text: string, locale: Locale): string {
  const entry = known.get(text);
  return entry ? translators[locale](entry.key, entry.params) : text;
}
