import { z } from "zod";
import { AppError } from "@/lib/errors";
import { errorText, type TErrorText } from "@/lib/i18n/error-text";
import { httpUrl } from "@/lib/validation/fields";

// Plain fields (statement, claimant, conclusion, titles, excerpts…) are plain text: stored as typed
// (NFC, spaces tidied) and always rendered escaped, so "<script>" in them is inert text, not markup.

/** The claim sheet's version a write was made on; a stale one is refused with the current sheet. */
export const ZVersion = z
  .number({ error: errorText("versionRequired") })
  .int({ error: errorText("versionRequired") })
  .min(1, { error: errorText("versionRequired") });

/** An http(s) URL that is still at most 2,048 characters once normalized (non-Latin letters get %-encoded). */
export function webUrl() {
  return httpUrl().refine((url) => url.length <= 2048, { error: errorText("urlTooLong") });
}

/** For partial updates: omitted means "unchanged", null or "" means "clear it". */
export function clearable<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === "" ? null : value), schema.nullable()).optional();
}

// The same characters plainLine refuses.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u;

/** Multi-line plain text (a quoted excerpt): like plainLine, but line breaks between paragraphs are kept. */
export function plainText(max: number) {
  return z
    .string({ error: errorText("enterText") })
    .transform((value) =>
      value
        .normalize("NFC")
        .replace(/\r\n?/gu, "\n")
        .replace(/[ \t\u00A0]+/gu, " ")
        .replace(/ ?\n ?/gu, "\n")
        .replace(/\n{3,}/gu, "\n\n")
        .trim(),
    )
    .refine((value) => [...value].length <= max, { error: errorText("tooLong", { max }) })
    .refine((value) => !BIDI_CONTROLS.test(value), { error: errorText("bidiControls") })
    .refine((value) => !CONTROL_CHARS.test(value), { error: errorText("controlChars") });
}

/** True when a partial update sends at least one field besides `version`. */
export const changesSomething = (input: Record<string, unknown>) =>
  Object.entries(input).some(([key, value]) => key !== "version" && value !== undefined);

/** A 422 for one field that only the database could check (a duplicate, a non-member, a retired rating). */
export function refuseField(field: string, message: TErrorText): never {
  throw new AppError("validation_failed", errorText("fieldsNeedFixing"), { [field]: message });
}
