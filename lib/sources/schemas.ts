import { z } from "zod";
import { ZDay, ZTimestamp } from "@/lib/api/wire";
import { changesSomething, clearable, plainText, webUrl, ZVersion } from "@/lib/claim-sheet/fields";
import { SourceStance, SourceType } from "@/lib/db/generated/enums";
import { errorText } from "@/lib/i18n/error-text";
import { optional, pastDate, plainLine, requiredLine } from "@/lib/validation/fields";

export const MAX_SOURCES = 100;
export const MAX_EXCERPT = 5_000;

const type = z.enum(SourceType, { error: errorText("sourceType") });
const stance = z.enum(SourceStance, { error: errorText("sourceStance") });

/** A new source: a URL and a title at least; type and stance can be decided later. */
export const ZCreateSource = z.strictObject({
  version: ZVersion,
  url: webUrl(),
  title: requiredLine(300),
  publisher: optional(plainLine(200)),
  publishedAt: optional(pastDate()),
  archiveUrl: optional(webUrl()),
  excerpt: optional(plainText(MAX_EXCERPT)),
  type: type.default("OTHER"),
  stance: stance.default("CONTEXT"),
});

export type TCreateSource = z.infer<typeof ZCreateSource>;

export const ZUpdateSource = z
  .strictObject({
    version: ZVersion,
    url: webUrl().optional(),
    title: requiredLine(300).optional(),
    publisher: clearable(plainLine(200)),
    publishedAt: clearable(pastDate()),
    archiveUrl: clearable(webUrl()),
    excerpt: clearable(plainText(MAX_EXCERPT)),
    type: type.optional(),
    stance: stance.optional(),
  })
  .refine(changesSomething, { error: errorText("nothingToChange") });

export type TUpdateSource = z.infer<typeof ZUpdateSource>;

export const ZRemoveSource = z.strictObject({ version: ZVersion });

export type TRemoveSource = z.infer<typeof ZRemoveSource>;

export const ZReorderSources = z.strictObject({
  version: ZVersion,
  ids: z
    .array(z.string().max(100), { error: errorText("sourceOrder") })
    .max(MAX_SOURCES, { error: errorText("sourceOrder") }),
});

export type TReorderSources = z.infer<typeof ZReorderSources>;

// Responses

export const ZSource = z.object({
  id: z.string(),
  url: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  publishedAt: ZDay.nullable(),
  accessedAt: ZTimestamp,
  archiveUrl: z.string().nullable(),
  excerpt: z.string().nullable(),
  type: z.enum(SourceType),
  stance: z.enum(SourceStance),
  createdById: z.string(),
});
