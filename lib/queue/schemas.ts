import { z } from "zod";
import { ZCount, ZMemberRef, ZTimestamp } from "@/lib/api/wire";
import { ZRatingRef } from "@/lib/ratings/schemas";
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

export const ZAssignedClaims = z.object({
  claims: z.array(z.object({ id: z.string(), version: z.number().int().min(1), assignee: ZMemberRef.nullable() })),
});

// Responses

export const ZQueue = z.object({
  kind: z.enum(["work", "review"]),
  status: z.enum(ClaimStatus).nullable(),
  // Per state the queue holds (lib/queue/get-queue.ts), over the whole queue with the other filters.
  counts: z.partialRecord(z.enum(ClaimStatus), ZCount),
  claims: z.array(
    z.object({
      id: z.string(),
      articleId: z.string(),
      articleTitle: z.string(),
      status: z.enum(ClaimStatus),
      statement: z.string(),
      rating: ZRatingRef.nullable(),
      assignee: ZMemberRef.nullable(),
      reviewer: ZMemberRef.nullable(),
      version: z.number().int().min(1),
      submittedAt: ZTimestamp.nullable(),
      updatedAt: ZTimestamp,
    }),
  ),
});
