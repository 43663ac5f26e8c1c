import { z } from "zod";
import { plainText, ZVersion } from "@/lib/claim-sheet/fields";
import { errorText } from "@/lib/i18n/error-text";
import { TRANSITIONS } from "./rules";

/** `comment`: the request for changes (required there), the correction note when republishing, else optional. */
export const ZTransition = z.strictObject({
  action: z.enum(TRANSITIONS, { error: errorText("transitionAction") }),
  comment: plainText(5_000)
    .optional()
    .transform((value) => value || undefined),
  version: ZVersion.optional(),
});

export type TTransitionInput = z.infer<typeof ZTransition>;
