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

// Responses

export const ZQueue = z.object({
  kind: z.enum(["work", "review"]),
  status: z.enum(ClaimStatus).nullable(),
  // Per status over the whole queue with the other filters, so tabs can show them.
  counts: z.record(z.enum(ClaimStatus), ZCount),
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
