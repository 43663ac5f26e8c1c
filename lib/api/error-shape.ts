import { z } from "zod";
import { ERROR_CODES, type ErrorCode } from "@/lib/errors";

/** The one error shape of the whole API (client-safe: the browser client parses refusals with it). */
export const ZErrorBody = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES as [ErrorCode, ...ErrorCode[]]),
      message: z.string(),
      // Each field path (`ratings.2.key`) with its message.
      fields: z.record(z.string(), z.string()).optional(),
      // On a 409: the resource as it is now (see the endpoint's `current`).
      current: z.unknown().optional(),
    }),
  })
  .meta({ id: "Error" });

export type TErrorBody = z.infer<typeof ZErrorBody>;
