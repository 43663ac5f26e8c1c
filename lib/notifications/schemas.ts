import { z } from "zod";
import { ZCount, ZPersonRef, ZTimestamp } from "@/lib/api/wire";
import { NotificationKind } from "@/lib/db/generated/enums";
import { errorText } from "@/lib/i18n/error-text";

/** `?unread=1` lists only unread ones; `?limit=` at most 100 (50 by default). */
export const ZNotificationQuery = z.strictObject({
  unread: z
    .enum(["0", "1", "true", "false"])
    .optional()
    .transform((v) => v === "1" || v === "true"),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export type TNotificationQuery = z.infer<typeof ZNotificationQuery>;

// `claimIds`: opening a claim marks what it was about read.
export const ZMarkRead = z.union(
  [
    z.strictObject({ ids: z.array(z.string().max(100)).min(1).max(500) }),
    z.strictObject({ claimIds: z.array(z.string().max(100)).min(1).max(100) }),
    z.strictObject({ all: z.literal(true) }),
  ],
  {
    error: errorText("notificationIds"),
  },
);

export type TMarkRead = z.infer<typeof ZMarkRead>;

// Responses

/** What a notification shows without another request: the article and the claim's words. */
const ZNotificationPayload = z.object({
  articleId: z.string(),
  articleTitle: z.string(),
  statement: z.string(),
  // A comment's or a request for changes' first 200 characters.
  excerpt: z.string().optional(),
  commentId: z.string().optional(),
});

export const ZNotification = z.object({
  id: z.string(),
  kind: z.enum(NotificationKind),
  claimId: z.string().nullable(),
  actor: ZPersonRef.nullable(),
  payload: ZNotificationPayload,
  createdAt: ZTimestamp,
  readAt: ZTimestamp.nullable(),
});

export const ZNotificationList = z.object({ unread: ZCount, notifications: z.array(ZNotification) });
export type TNotificationList = z.infer<typeof ZNotificationList>;
export type TNotificationPayload = z.infer<typeof ZNotificationPayload>;

export const ZMarkedRead = z.object({ marked: ZCount, unread: ZCount });
