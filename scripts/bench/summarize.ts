import { PAINTERS, type PainterName } from "./page/bench-input";
import type { Timing } from "./page/frame";
import { PHASES, type Phase, type PainterSamples, type Sample } from "./measure-painters";
import type { ReanchorCheck } from "./reanchor-check";

export type PhaseFigures = Timing & { busyMs: number };
export type PainterFigures = Record<Phase, PhaseFigures> & { drawn: number; drawnAfterScroll: number };
export type Target = { name: string; goal: string; figure: string; met: boolean };

export const PAINTER_LABELS: Record<PainterName, string> = {
  sanad: "Sanad (TextMap + CSS Custom Highlights)",
  "recogito-spans": "@recogito/text-annotator 4.1.1, SPANS renderer (its default)",
  "recogito-css": "@recogito/text-annotator 4.1.1, CSS_HIGHLIGHTS renderer",
  "span-wrap": "Span-wrapping baseline (`<mark>` per text node)",
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Medians, each figure on its own: the median call time need not come from the median run. */
export function medians(samples: Record<PainterName, PainterSamples>): Record<PainterName, PainterFigures> {
  const ofPhase = (runs: Sample[]): PhaseFigures => ({
    ms: median(runs.map((run) => run.ms)),
    callMs: median(runs.map((run) => run.callMs)),
    busyMs: median(runs.map((run) => run.busyMs)),
  });
  return Object.fromEntries(
    PAINTERS.map((name) => {
      const phases = Object.fromEntries(PHASES.map((phase) => [phase, ofPhase(samples[name][phase])]));
      return [
        name,
        { ...phases, drawn: median(samples[name].drawn), drawnAfterScroll: median(samples[name].drawnAfterScroll) },
      ];
    }),
  ) as Record<PainterName, PainterFigures>;
}

const percent = (ratio: number) => `${(ratio * 100).toFixed(1)} %`;

/** The three targets, judged on the until-painted medians. */
export function judgeTargets(figures: Record<PainterName, PainterFigures>, reanchor: ReanchorCheck): Target[] {
  const others = PAINTERS.filter((name) => name !== "sanad");
  const fastest = others.reduce((best, name) => (figures[name].paint.ms < figures[best].paint.ms ? name : best));
  const paintRatio = figures.sanad.paint.ms / figures[fastest].paint.ms;
  const { paint, add, addFar } = figures.sanad;
  const addRatio = add.ms / paint.ms;
  return [
    {
      name: "Full paint ≤ 1/3 of the fastest other painter",
      goal: "≤ 33.3 %",
      figure: `${percent(paintRatio)} (${figures.sanad.paint.ms.toFixed(1)} ms vs ${figures[fastest].paint.ms.toFixed(1)} ms, ${fastest})`,
      met: paintRatio <= 1 / 3,
    },
    {
      name: "One added claim ≤ 5 % of a full paint (judged on screen)",
      goal: "≤ 5 %",
      figure:
        `on screen ${percent(addRatio)} (${add.ms.toFixed(1)} ms vs ${paint.ms.toFixed(1)} ms); ` +
        `off screen ${percent(addFar.ms / paint.ms)} (${addFar.ms.toFixed(1)} ms)`,
      met: addRatio <= 0.05,
    },
    {
      name: "No claim on wrong words after 50 edits",
      goal: "0",
      figure: `${reanchor.wrong.length} of ${reanchor.anchored.toLocaleString("en")} anchored`,
      met: reanchor.wrong.length === 0,
    },
  ];
}
