import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/error-text";
import { refuseCrossSiteWrite } from "@/lib/security/same-origin";
import type { AnyEndpoint } from "./endpoint";
import { MAX_BODY_BYTES } from "./read-json";

/**
 * The one place where a raw request is looked at before anyone is authenticated or anything is
 * read from the database: cheap refusals that need no actor. Throws an AppError.
 */
export function vetRequest(request: Request, endpoint: AnyEndpoint): void {
  refuseCrossSiteWrite(request);
  // A declared body over the limit is refused before the actor is looked up; readJsonBody counts what arrives.
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (endpoint.body && declared > MAX_BODY_BYTES)
    throw new AppError("payload_too_large", errorText("tooLarge", { kb: MAX_BODY_BYTES / 1024 }));
}
