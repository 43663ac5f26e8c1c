import { findSuggestions } from "@/lib/finder/suggestions/find-suggestions";
import type { SuggestionItem } from "./sets";

export type SuggestionScore = {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  wrong: { item: SuggestionItem; reasons: string }[];
};

/** A sentence counts as suggested when the finder suggests any span of it. */
export function scoreSuggestions(items: SuggestionItem[]): SuggestionScore {
  const score: SuggestionScore = { tp: 0, fp: 0, fn: 0, tn: 0, wrong: [] };
  for (const item of items) {
    const suggestions = findSuggestions(item.text);
    const suggested = suggestions.length > 0;
    if (suggested && item.checkWorthy) score.tp++;
    else if (suggested) score.fp++;
    else if (item.checkWorthy) score.fn++;
    else score.tn++;
    if (suggested !== item.checkWorthy) {
      const reasons = suggestions.flatMap((s) => s.reasons.map((r) => r.kind)).join(",");
      score.wrong.push({ item, reasons });
    }
  }
  return score;
}
