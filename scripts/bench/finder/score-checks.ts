import { codePointLength } from "@/lib/arabic/codepoints";
import type { CivilDate } from "@/lib/finder/calendar/days";
import { findChecks } from "@/lib/finder/checks/find-checks";
import { FINDING_KINDS } from "@/lib/finder/checks/types";
import type { CheckItem } from "./sets";

export type Counts = { tp: number; fp: number; fn: number };
export type Miss = { id: string; kind: string; type: "missed" | "false alarm"; quote: string; text: string };

function toCivil(iso: string | undefined): CivilDate | null {
  if (!iso) return null;
  const [year, month, day] = iso.split("-").map(Number);
  return { year, month, day };
}

function rangeOf(text: string, quote: string): { start: number; end: number } {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`Labelled quote not in its text: ${quote}`);
  const start = codePointLength(text.slice(0, at));
  return { start, end: start + codePointLength(quote) };
}

/** Per kind: a finding is right when an expected one of its kind overlaps it (each expected one used once). */
export function scoreChecks(items: CheckItem[]): { counts: Map<string, Counts>; misses: Miss[] } {
  const counts = new Map(FINDING_KINDS.map((kind) => [kind as string, { tp: 0, fp: 0, fn: 0 }]));
  const misses: Miss[] = [];
  for (const item of items) {
    const found = findChecks(item.text, { publishedAt: toCivil(item.publishedAt) });
    const expected = item.expect.map((e) => ({ ...e, ...rangeOf(item.text, e.quote), used: false }));
    for (const finding of found) {
      const match = expected.find(
        (e) => !e.used && e.kind === finding.kind && e.start < finding.end && finding.start < e.end,
      );
      const tally = counts.get(finding.kind)!;
      if (match) {
        match.used = true;
        tally.tp++;
      } else {
        tally.fp++;
        misses.push({ id: item.id, kind: finding.kind, type: "false alarm", quote: finding.quote, text: item.text });
      }
    }
    for (const e of expected.filter((e) => !e.used)) {
      counts.get(e.kind)!.fn++;
      misses.push({ id: item.id, kind: e.kind, type: "missed", quote: e.quote, text: item.text });
    }
  }
  return { counts, misses };
}
