import { errorText } from "@/lib/i18n/error-text";

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

export type FieldErrors = Record<string, string>;

/** An error a person can act on; its message is shown to users and API clients as is. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldErrors,
  ) {
    super(message);
    this.name = "AppError";
  }
}

// `what` names the missing thing in logs and tests; the message people read is the generic one.
export const notFound = (what = "This item") =>
  Object.assign(new AppError("not_found", errorText("notFound")), { what });
export const forbidden = (why: string) => new AppError("forbidden", why);
