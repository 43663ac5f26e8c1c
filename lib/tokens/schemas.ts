import { z } from "zod";
import { errorText } from "@/lib/i18n/error-text";
import { requiredLine } from "@/lib/validation/fields";

export const ZCreateToken = z.strictObject({
  name: requiredLine(100),
  expiresInDays: z
    .number({ error: errorText("tokenExpiryDays") })
    .int({ error: errorText("tokenExpiryDays") })
    .min(1, { error: errorText("tokenExpiryDays") })
    .max(365, { error: errorText("tokenExpiryDays") }),
});

export type TCreateToken = z.infer<typeof ZCreateToken>;
