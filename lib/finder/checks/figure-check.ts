import { isSameSource } from "../attribution/sources";
import { findFigures, type Figure } from "./figure-mentions";
import type { DateMention } from "../dates/find-dates";
import type { RawFinding } from "./types";

// The same count given twice with two values. Figures are compared only when they count the same
// thing (same concept and kind of people, both counts or both percentages, the same periods), neither
// is approximate, updated, a part, "others" or another event, and they sit in different sentences —
// within one sentence two values are nearly always two things ("4 في حلب و6 في إدلب"), except when
// two named sources are set against each other. Two different named sources make a softer note.

type Text = {
  quote: (start: number, end: number) => string;
  range: (start: number, end: number) => { start: number; end: number };
};

/** Figures with the same key count the same thing (concept, kind of people, unit, period). */
function keyOf(figure: Figure): string {
  return [figure.concept, figure.classifier ?? "", figure.percent ? "%" : "", figure.scope].join("|");
}

function sourcesDiffer(a: Figure, b: Figure): boolean {
  return a.source !== null && b.source !== null && !isSameSource(a.source, b.source);
}

function toFinding(kind: "figure_mismatch" | "figures_differ", figure: Figure, other: Figure, text: Text): RawFinding {
  const name = (figure: Figure) => (figure.source ? text.quote(figure.source.start, figure.source.end) : null);
  return {
    kind,
    start: figure.start,
    end: figure.end,
    details: {
      concept: figure.concept.startsWith("key:") ? "phrase" : figure.concept,
      phrase: figure.phrase ? text.quote(figure.phrase.start, figure.phrase.end) : null,
      value: figure.value,
      source: name(figure),
      other: {
        ...text.range(other.start, other.end),
        quote: text.quote(other.start, other.end),
        value: other.value,
        source: name(other),
      },
    },
  };
}

export function checkFigures(folded: string, dates: readonly DateMention[], text: Text): RawFinding[] {
  const findings: RawFinding[] = [];
  const seen = new Map<string, Figure[]>();
  for (const figure of findFigures(folded, dates)) {
    if (figure.unfit) continue;
    const key = keyOf(figure);
    const earlier = seen.get(key) ?? [];
    seen.set(key, earlier);
    const repeated = earlier.some((other) => other.value === figure.value);
    const conflicting = earlier.filter((other) => other.sentence !== figure.sentence || sourcesDiffer(other, figure));
    earlier.push(figure);
    if (repeated) continue;
    const mismatch = conflicting.find((other) => !sourcesDiffer(other, figure));
    const differ = conflicting.find((other) => sourcesDiffer(other, figure));
    if (mismatch) findings.push(toFinding("figure_mismatch", figure, mismatch, text));
    else if (differ) findings.push(toFinding("figures_differ", figure, differ, text));
  }
  return findings;
}
