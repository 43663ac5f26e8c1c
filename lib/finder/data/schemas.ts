import { z } from "zod";
import { errorText } from "@/lib/i18n/error-text";
import { ZJsonValue, ZTimestamp } from "@/lib/api/wire";
import { FINDING_KINDS } from "../checks/types";
import { REASON_KINDS } from "../suggestions/reasons";

// Inputs and answers of the finder's API (lib/finder/data): code point offsets of the article's
// current revision.

const offset = z
  .number({ error: errorText("offsetInteger") })
  .int()
  .min(0);

export const ZDismissSuggestion = z.strictObject({ start: offset, end: offset });
export type TDismissSuggestion = z.infer<typeof ZDismissSuggestion>;

export const ZFinderSettings = z.strictObject({ suggestions: z.boolean({ error: errorText("trueOrFalse") }) });
export type TFinderSettings = z.infer<typeof ZFinderSettings>;

const ZSpan = { start: z.number().int(), end: z.number().int() };

export const ZSuggestionList = z.object({
  revision: z.number().int(),
  enabled: z.boolean(),
  suggestions: z.array(
    z.object({
      ...ZSpan,
      quote: z.string(),
      score: z.number(),
      reasons: z.array(z.object({ kind: z.enum(REASON_KINDS), ...ZSpan })),
    }),
  ),
  dismissed: z.array(z.lazy(() => ZDismissal)),
});

export const ZDismissal = z.object({ id: z.string(), quote: z.string(), createdAt: ZTimestamp });
export const ZUndoneDismissal = z.object({ id: z.string() });
export const ZFinderSettingsView = ZFinderSettings;

export const ZCheckList = z.object({
  revision: z.number().int(),
  findings: z.array(
    z.object({
      kind: z.enum(FINDING_KINDS),
      severity: z.enum(["error", "note"]),
      ...ZSpan,
      quote: z.string(),
      message: z.string(),
      details: z.record(z.string(), ZJsonValue),
    }),
  ),
});
