import { ZodError } from "zod";
import { AppError, STATUS_BY_CODE, type FieldErrors } from "@/lib/errors";
import { logger } from "@/lib/logger";

export type TErrorBody = { error: { code: string; message: string; fields?: FieldErrors } };

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
  if (error instanceof ZodError) {
    const fields = fieldErrorsOf(error);
    const summary = Object.entries(fields).map(([field, message]) => `${field}: ${message}`).join("; ");
    return new AppError("validation_failed", `Some fields need fixing. ${summary}`, fields);
  }
  logger.error({ err: error }, "unhandled error");
  return new AppError("internal", "Something went wrong on our side. Nothing was changed; try again.");
}

/** The one JSON error shape of the whole API. */
export function errorResponse(error: unknown): Response {
  const appError = toAppError(error);
  const body: TErrorBody = { error: { code: appError.code, message: appError.message } };
  if (appError.fields) body.error.fields = appError.fields;
  return Response.json(body, { status: STATUS_BY_CODE[appError.code] });
}
