import { z } from "zod";
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
