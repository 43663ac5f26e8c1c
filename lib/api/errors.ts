import { ZodError } from "zod";
import { AppError, STATUS_BY_CODE, type FieldErrors } from "@/lib/errors";
import { errorText, localizeErrorText } from "@/lib/i18n/error-text";
import type { Locale } from "@/lib/i18n/locales";
import { logger } from "@/lib/logger";

// `current`: on a 409, the resource as it is now (e.g. the claim sheet), so the client can re-apply its change.
export type TErrorBody = { error: { code: string; message: string; fields?: FieldErrors; current?: unknown } };

export function fieldErrorsOf(error: ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "body";
    fields[key] ??= issue.message;
  }
  return fields;
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError)
    return new AppError("validation_failed", errorText("fieldsNeedFixing"), fieldErrorsOf(error));
  logger.error({ err: error }, "unhandled error");
  return new AppError("internal", errorText("internal"));
}

/** The one JSON error shape of the whole API, in the reader's language. */
export function errorResponse(error: unknown, locale: Locale = "en"): Response {
  const appError = toAppError(error);
  const fields =
    appError.fields &&
    Object.fromEntries(Object.entries(appError.fields).map(([k, v]) => [k, localizeErrorText(v, locale)]));
  const summary = fields
    ? Object.entries(fields)
        .map(([field, message]) => `${field}: ${message}`)
        .join("; ")
    : "";
  const body: TErrorBody = {
    error: {
      code: appError.code,
      message: [localizeErrorText(appError.message, locale), summary].filter(Boolean).join(" "),
    },
  };
  if (fields) body.error.fields = fields;
  if ("current" in appError) body.error.current = appError.current;
  return Response.json(body, { status: STATUS_BY_CODE[appError.code] });
}
