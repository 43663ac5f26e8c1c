import { errorText, localizeErrorText, readErrorText, type TErrorText, type TMessage } from "@/lib/i18n/error-text";
import type { Locale } from "@/lib/i18n/locales";

export const STATUS_BY_CODE = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  validation_failed: 422,
  rate_limited: 429,
  internal: 500,
  service_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof STATUS_BY_CODE;
export const ERROR_CODES = Object.keys(STATUS_BY_CODE) as ErrorCode[];

/** Field path → message (errorText, or zod's own message already in the reader's language). */
export type FieldErrors = Record<string, TErrorText>;

const inEnglish = (text: string) => localizeErrorText(text, "en");

/**
 * An error a person can act on. It carries a message key with its parameters (and per-field ones),
 * translated once, in the reader's language, by the error response (lib/api/errors.ts); `message` and
 * `fields` are the English texts for logs and tests.
 */
export class AppError extends Error {
  readonly text: TErrorText;
  readonly fieldTexts?: FieldErrors;
  readonly fields?: Record<string, string>;

  constructor(
    readonly code: ErrorCode,
    text: TErrorText,
    fieldTexts?: FieldErrors,
  ) {
    super(inEnglish(text));
    this.name = "AppError";
    this.text = text;
    this.fieldTexts = fieldTexts;
    this.fields = fieldTexts && Object.fromEntries(Object.entries(fieldTexts).map(([k, v]) => [k, inEnglish(v)]));
  }

  /** The key and parameters of the message, when it has them. */
  get messageKey(): TMessage | null {
    return readErrorText(this.text);
  }

  /** The message and field messages in `locale`. */
  inLocale(locale: Locale): { message: string; fields?: Record<string, string> } {
    const fields =
      this.fieldTexts &&
      Object.fromEntries(Object.entries(this.fieldTexts).map(([k, v]) => [k, localizeErrorText(v, locale)]));
    return { message: localizeErrorText(this.text, locale), ...(fields && { fields }) };
  }
}

// `what` names the missing thing in logs and tests; the message people read is the generic one.
export const notFound = (what = "This item") =>
  Object.assign(new AppError("not_found", errorText("notFound")), { what });
export const forbidden = (why: TErrorText) => new AppError("forbidden", why);
