import { z } from "zod";
import { ClaimStatus } from "@/lib/db/generated/enums";
import { errorText } from "@/lib/i18n/error-text";

const id = z.string().max(100).optional();

/** `?kind=work|review` plus optional filters: article, status, rating key, assignee ("none" for unassigned). */
export const ZQueueQuery = z.strictObject({
  kind: z.enum(["work", "review"], { error: errorText("queueKind") }),
  articleId: id,
  status: z.enum(ClaimStatus, { error: errorText("queueStatus") }).optional(),
  rating: z.string().max(40).optional(),
  assignee: id,
});

export type TQueueQuery = z.infer<typeof ZQueueQuery>;

const MAX_ASSIGN = 100;

/** Many claims, one checker (null: nobody). */
export const ZAssignClaims = z.strictObject({
  claimIds: z
    .array(z.string().max(100))
    .min(1, { error: errorText("assignClaims", { max: MAX_ASSIGN }) })
    .max(MAX_ASSIGN, { error: errorText("assignClaims", { max: MAX_ASSIGN }) }),
  assigneeId: z.string().max(100).nullable(),
});

export type TAssignClaims = z.infer<typeof ZAssignClaims>;
