import { z } from "zod";
import { errorText } from "@/lib/i18n/error-text";

// Embeddings, overrides and isolates can make a title display in a misleading order.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u;

/** A short single-line text a person typed: trimmed, NFC, no bidi overrides or control characters. */
export function plainLine(max: number) {
  return z
    .string({ error: errorText("enterText") })
    .transform((value) => value.normalize("NFC").replace(/\s+/gu, " ").trim())
    .refine((value) => value.length <= max, { error: errorText("tooLong", { max }) })
    .refine((value) => !BIDI_CONTROLS.test(value), { error: errorText("bidiControls") })
    .refine((value) => !CONTROL_CHARS.test(value), { error: errorText("controlChars") });
}

export function requiredLine(max: number) {
  return plainLine(max).refine((value) => value.length > 0, { error: errorText("required") });
}

/** An absolute http(s) URL; `javascript:`, `data:` and relative URLs are refused. */
export function httpUrl() {
  return z
    .string()
    .trim()
    .max(2048, { error: errorText("urlTooLong") })
    .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), { error: errorText("urlHttp") })
    .transform((value) => new URL(value).toString());
}

/** A calendar date (YYYY-MM-DD) that is not in the future. */
export function pastDate() {
  return z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: errorText("dateFormat") })
    .transform((value) => new Date(`${value}T00:00:00.000Z`))
    .refine((date) => !Number.isNaN(date.getTime()), { error: errorText("dateInvalid") })
    .refine((date) => date.getTime() <= Date.now(), { error: errorText("dateFuture") });
}

/** Blank strings from forms count as "not given". */
export function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === "" || value === null ? undefined : value), schema.optional());
}
