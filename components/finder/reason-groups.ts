import type { ReasonKind } from "@/lib/finder/suggestions/reasons";
import { WEIGHTS } from "@/lib/finder/suggestions/reasons";

export type ReasonGroup = { kind: ReasonKind; lowers: boolean; words: string[] };

const MAX_WORDS = 3;

/** A suggestion's reasons by kind, the raising ones first, each with (a few of) the words that gave it. */
export function groupReasons(
  reasons: readonly { kind: ReasonKind; start: number; end: number }[],
  text: { slice: (start: number, end: number) => string },
): ReasonGroup[] {
  const groups = new Map<ReasonKind, ReasonGroup>();
  for (const reason of reasons) {
    const group = groups.get(reason.kind) ?? { kind: reason.kind, lowers: WEIGHTS[reason.kind] < 0, words: [] };
    groups.set(reason.kind, group);
    const words = text.slice(reason.start, reason.end);
    if (group.words.length < MAX_WORDS && !group.words.includes(words)) group.words.push(words);
  }
  return [...groups.values()].sort((a, b) => Number(a.lowers) - Number(b.lowers));
}
