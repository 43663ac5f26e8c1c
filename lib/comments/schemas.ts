import { z } from "zod";
import { plainText } from "@/lib/claim-sheet/fields";
import { ZPersonRef, ZTimestamp } from "@/lib/api/wire";
import { ZClaimSelector, ZCreateClaim } from "@/lib/claims/schemas";
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

// Responses

/** The words a thread is about, on the revision it was written on. */
const ZCommentSelector = ZClaimSelector.extend({ revision: z.number().int().min(1) });

export const ZComment = z.object({
  id: z.string(),
  claimId: z.string(),
  parentId: z.string().nullable(),
  author: ZPersonRef,
  body: z.string(),
  selector: ZCommentSelector.nullable(),
  mentions: z.array(ZPersonRef),
  createdAt: ZTimestamp,
  editedAt: ZTimestamp.nullable(),
  resolvedAt: ZTimestamp.nullable(),
  resolvedById: z.string().nullable(),
});

const ZCommentThread = ZComment.extend({ replies: z.array(ZComment) });
export type TCommentThread = z.infer<typeof ZCommentThread>;

export const ZCommentThreads = z.object({ threads: z.array(ZCommentThread) });
