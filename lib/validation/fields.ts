import { z } from "zod";

// Embeddings, overrides and isolates can make a title display in a misleading order.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u;

/** A short single-line text a person typed: trimmed, NFC, no bidi overrides or control characters. */
export function plainLine(max: number) {
  return z
    .string({ error: "Enter text here." })
    .transform((value) => value.normalize("NFC").replace(/\s+/gu, " ").trim())
    .refine((value) => value.length <= max, { error: `Keep this under ${max} characters.` })
    .refine((value) => !BIDI_CONTROLS.test(value), {
      error: "Remove the invisible direction-override characters (U+202A–U+202E, U+2066–U+2069).",
    })
    .refine((value) => !CONTROL_CHARS.test(value), { error: "Remove the invisible control characters." });
}

export function requiredLine(max: number) {
  return plainLine(max).refine((value) => value.length > 0, { error: "This field is required." });
}

/** An absolute http(s) URL; `javascript:`, `data:` and relative URLs are refused. */
export function httpUrl() {
  return z
    .string()
    .trim()
    .max(2048, { error: "Use a URL under 2,048 characters." })
    .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), {
      error: "Use a full web address starting with http:// or https://.",
    })
    .transform((value) => new URL(value).toString());
}

/** A calendar date (YYYY-MM-DD) that is not in the future. */
export function pastDate() {
  return z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Use a date like 2021-11-07." })
    .transform((value) => new Date(`${value}T00:00:00.000Z`))
    .refine((date) => !Number.isNaN(date.getTime()), { error: "That date does not exist." })
    .refine((date) => date.getTime() <= Date.now(), { error: "A publication date cannot be in the future." });
}

/** Blank strings from forms count as "not given". */
export function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === "" || value === null ? undefined : value), schema.optional());
}
