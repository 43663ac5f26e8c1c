import { z } from "zod";
import { ZCount } from "@/lib/api/wire";
import { ZClaim } from "@/lib/claims/schemas";

/** What an import made: the claims, the orphaned ones with why, and the items that could not be read. */
export const ZImportResult = z.object({
  created: ZCount,
  anchored: ZCount,
  orphaned: z.array(z.object({ index: ZCount, id: z.string(), exact: z.string(), reason: ZClaim.shape.orphanReason })),
  skipped: z.array(z.object({ index: ZCount, reason: z.string() })),
  claims: z.array(ZClaim),
});
