import { createTranslator } from "use-intl/core";
import ar from "@/messages/ar.json" with { type: "json" };
import en from "@/messages/en.json" with { type: "json" };
import type { Locale } from "./locales";

export type ErrorKey = keyof typeof en.errors;
export type TMessageParams = Record<string, string | number>;

/** A message people read: a key of `errors` in messages/*.json and its parameters, translated at the edge. */
export type TMessage = { key: ErrorKey; params?: TMessageParams };

/**
 * A message as a string that zod can carry in an issue (`{error: errorText("required")}`) and AppError
 * takes: the key and parameters, encoded. Only errorText makes one, so a literal sentence does not type-check.
 */
export type TErrorText = string & { readonly __errorText: true };

const translators = {
  en: createTranslator({ locale: "en", messages: en, namespace: "errors" }),
  ar: createTranslator({ locale: "ar", messages: ar, namespace: "errors" }),
};
const PREFIX = "$errors.";
const TOKEN = /^\$errors\.(\w+)(\{.*\})?$/s;

export function errorText(key: ErrorKey, params?: TMessageParams): TErrorText {
  return `${PREFIX}${key}${params ? JSON.stringify(params) : ""}` as TErrorText;
}

/** The key and parameters an errorText carries; null for any other string. */
export function readErrorText(text: string): TMessage | null {
  const match = TOKEN.exec(text);
  if (!match || !Object.hasOwn(en.errors, match[1])) return null;
  const key = match[1] as ErrorKey;
  return match[2] ? { key, params: JSON.parse(match[2]) as TMessageParams } : { key };
}

export function translateMessage({ key, params }: TMessage, locale: Locale): string {
  return translators[locale](key, params);
}

/** An errorText in the reader's language; any other string (zod's own, already localized) as it is. */
export function localizeErrorText(text: string, locale: Locale): string {
  const message = readErrorText(text);
  return message ? translateMessage(message, locale) : text;
}
