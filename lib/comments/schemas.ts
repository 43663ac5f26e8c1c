import { z } from "zod";
import { plainText } from "@/lib/claim-sheet/fields";
import { ZCreateClaim } from "@/lib/claims/schemas";
import { errorText } from "@/lib/i18n/error-text";

export const MAX_COMMENT = 5_000;
const ZBody = plainText(MAX_COMMENT).refine((text) => text.length > 0, { error: errorText("required") });
const ZId = z.string().max(100);

/** A comment, a reply (parentId), optionally about words of the article (the same selector as a claim). */
export const ZCreateComment = z.strictObject({
  body: ZBody,
  parentId: ZId.optional(),
  selector: ZCreateClaim.optional(),
  // Members to notify besides those @named in the text.
  mentions: z
    .array(ZId)
    .max(50, { error: errorText("tooMany", { max: 50 }) })
    .optional(),
});

export type TCreateComment = z.infer<typeof ZCreateComment>;

/** Edit your own comment's text, and/or resolve (true) or reopen (false) the thread it starts. */
export const ZUpdateComment = z
  .strictObject({ body: ZBody.optional(), resolved: z.boolean().optional(), mentions: z.array(ZId).max(50).optional() })
  .refine((input) => input.body !== undefined || input.resolved !== undefined, { error: errorText("nothingToChange") });

export type TUpdateComment = z.infer<typeof ZUpdateComment>;
