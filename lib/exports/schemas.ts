import { z } from "zod";
import { errorText } from "@/lib/i18n/error-text";
import { EXPORT_FORMATS } from "./format-names";

const MAX_CLAIMS = 500;

/** `?format=…&claims=id,id`: the format, and optionally which published claims to include. */
export const ZExportQuery = z.object({
  format: z.enum(EXPORT_FORMATS, { error: errorText("exportFormat", { formats: EXPORT_FORMATS.join(", ") }) }),
  claims: z
    .string()
    .transform((value) => [
      ...new Set(
        value
          .split(",")
          .map((id) => id.trim())
          .filter(Boolean),
      ),
    ])
    .refine((ids) => ids.length > 0 && ids.length <= MAX_CLAIMS && ids.every((id) => /^[a-z0-9]{1,40}$/i.test(id)), {
      error: errorText("exportClaims", { max: MAX_CLAIMS }),
    })
    .optional(),
});

export type TExportQuery = z.infer<typeof ZExportQuery>;
