import { z } from "zod";
import { ZTimestamp } from "@/lib/api/wire";
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

// Responses

/** A token as listed: never its secret, only the first characters to recognise it by. */
export const ZToken = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  createdAt: ZTimestamp,
  expiresAt: ZTimestamp,
  lastUsedAt: ZTimestamp.nullable(),
  revokedAt: ZTimestamp.nullable(),
  expired: z.boolean(),
});

export type TTokenJson = z.infer<typeof ZToken>;

export const ZTokenList = z.object({ tokens: z.array(ZToken) });

export const ZCreatedToken = z.object({ token: ZToken, secret: z.string() });

export const ZRevokedToken = z.object({ token: ZToken });
