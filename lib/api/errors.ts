import { locales, ZodError, type z } from "zod";
import { AppError, STATUS_BY_CODE, type FieldErrors } from "@/lib/errors";
import { errorText, type TErrorText } from "@/lib/i18n/error-text";
import type { Locale } from "@/lib/i18n/locales";
import { logger } from "@/lib/logger";
import type { TErrorBody } from "./error-shape";

export type { TErrorBody };

const ZOD_LOCALES = { en: locales.en(), ar: locales.ar() };

/**
 * zod's own messages (a wrong type, a number out of range) in the reader's language; a schema's
 * errorText messages take precedence and are translated with the rest of the error.
 */
export const zodMessages = (locale: Locale): z.core.$ZodErrorMap => ZOD_LOCALES[locale].localeError;

export function fieldErrorsOf(error: ZodError): FieldErrors {
  const fields: FieldErrors = {};
  // An issue's message is an errorText, or zod's own already in the reader's language (zodMessages).
  for (const issue of error.issues) fields[issue.path.join(".") || "body"] ??= issue.message as TErrorText;
  return fields;
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError)
    return new AppError("validation_failed", errorText("fieldsNeedFixing"), fieldErrorsOf(error));
  logger.error({ err: error }, "unhandled error");
  return new AppError("internal", errorText("internal"));
}

/** The one JSON error shape of the whole API, translated here, once, into the reader's language. */
export function errorResponse(error: unknown, locale: Locale = "en"): Response {
  const appError = toAppError(error);
  const { message, fields } = appError.inLocale(locale);
  const summary = fields
    ? Object.entries(fields)
        .map(([field, text]) => `${field}: ${text}`)
        .join("; ")
    : "";
  const body: TErrorBody = { error: { code: appError.code, message: [message, summary].filter(Boolean).join(" ") } };
  if (fields) body.error.fields = fields;
  if ("current" in appError) body.error.current = appError.current;
  return Response.json(body, { status: STATUS_BY_CODE[appError.code] });
}
