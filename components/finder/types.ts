import type { z } from "zod";
import type { ZCheckList, ZDismissal, ZSuggestionList } from "@/lib/finder/data/schemas";

export type TSuggestionList = z.infer<typeof ZSuggestionList>;
export type TSuggestion = TSuggestionList["suggestions"][number];
export type TDismissal = z.infer<typeof ZDismissal>;
export type TFinding = z.infer<typeof ZCheckList>["findings"][number];
