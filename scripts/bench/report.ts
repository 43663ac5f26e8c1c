import { readFile, writeFile } from "node:fs/promises";
import { PAINTERS, type PainterName } from "./page/bench-input";
import type { Phase } from "./measure-painters";
import type { Edit } from "./random-edits";
import type { ReanchorCheck } from "./reanchor-check";
import { PAINTER_LABELS, type PainterFigures, type Target } from "./summarize";

export type BenchResults = {
  date: string;
  machine: { cores: number; cpu: string; memoryGiB: number; os: string; chromium: string; node: string };
  article: { codePoints: number; utf16: number; paragraphs: number };
  claims: { count: number; madeOverlapping: number; repeatedQuotes: number; quoting: Record<string, number> };
  repetitions: number;
  painters: Record<PainterName, PainterFigures>;
  edits: Edit[];
  reanchor: ReanchorCheck;
  targets: Target[];
};

const START = "<!-- bench:highlights:start -->";
const END = "<!-- bench:highlights:end -->";
const DRAWN: Record<PainterName, string> = {
  sanad: "ranges in the highlight registry (claims near the screen)",
  "recogito-spans": "boxes (only on-screen claims)",
  "recogito-css": "highlights (only on-screen claims)",
  "span-wrap": "claims wrapped",
};

const n = (value: number) => value.toLocaleString("en");
const ms = (value: number) => value.toFixed(1);
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
const count = (edits: Edit[], kind: Edit["kind"]) => edits.filter((edit) => edit.kind === kind).length;

export function renderResults(r: BenchResults): string {
  const { machine, article, claims, reanchor } = r;
  const rows = PAINTERS.map((name) => {
    const f = r.painters[name];
    const timed = (phase: Phase) => `${ms(f[phase].ms)} (${ms(f[phase].callMs)} / ${ms(f[phase].busyMs)})`;
    return `| ${PAINTER_LABELS[name]} | ${ms(f.anchor.ms)} | ${timed("paint")} | ${timed("add")} | ${timed("addFar")} | ${timed("scroll")} | ${n(f.drawn)} / ${n(f.drawnAfterScroll)} ${DRAWN[name]} |`;
  });
  const wrong = reanchor.wrong.slice(0, 20).map((w) => {
    const own = w.ownAt < 0 ? "deleted" : n(w.ownAt);
    return `| ${w.id} | ${w.method} | ${w.ownWordsEdited ? "yes" : "no"} | ${w.why} | ${n(w.foundAt)} / ${own} | ${cell(w.quote)} | ${cell(w.found)} |`;
  });
  return [
    `### Run of ${r.date}`,
    "",
    "| Machine | |",
    "| --- | --- |",
    `| CPU | ${machine.cores} cores, ${machine.cpu} |`,
    `| Memory | ${machine.memoryGiB} GiB |`,
    `| OS | ${machine.os} |`,
    `| Browser | Chromium ${machine.chromium}, headless, --disable-gpu |`,
    `| Node | ${machine.node} |`,
    "",
    `Article: ${n(article.codePoints)} code points (${n(article.utf16)} UTF-16 units) in ${n(article.paragraphs)} paragraphs. ` +
      `Claims: ${n(claims.count)} of 1–12 words, ${n(claims.madeOverlapping)} of them placed over another claim ` +
      `(${n(claims.quoting.overlapping)} overlap at least one other); quoting Latin ${claims.quoting.latin}, Western digits ` +
      `${claims.quoting.westernDigits}, Arabic-Indic digits ${claims.quoting.arabicIndicDigits}, emoji ${claims.quoting.emoji}, ` +
      `harakat ${claims.quoting.harakat}; ${n(claims.repeatedQuotes)} quote words that occur more than once in the article.`,
    "",
    `Median of ${r.repetitions} runs, each in a fresh page, in ms until the result is on screen; in brackets: inside the ` +
      "painter's own call (for the scroll: its scroll listeners) / Chromium main-thread busy time over the same span. " +
      "The scroll is timed from the browser's scroll event to the end of the frame that shows the middle of the article " +
      "with its claims (Recogito: its last redraw).",
    "",
    "| Painter | Anchor all claims | Full paint | Add one claim on screen | Add one claim off screen | Scroll to the middle | Drawn after the full paint / after the scroll |",
    "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ...rows,
    "",
    `Re-anchoring (Node, \`reanchorAll\`) after ${r.edits.length} edits (${count(r.edits, "insert")} insertions, ` +
      `${count(r.edits, "delete")} deletions, ${count(r.edits, "replace")} replacements): median of 3 runs ${ms(reanchor.medianMs)} ms. ` +
      `Anchored ${n(reanchor.anchored)} (position ${reanchor.byMethod.position}, exact ${reanchor.byMethod.exact}, fuzzy ` +
      `${reanchor.byMethod.fuzzy}); orphaned ${reanchor.orphaned.total} (own words edited ${reanchor.orphaned.wordsEdited}, ` +
      `only the text around them ${reanchor.orphaned.contextEdited}, untouched ${reanchor.orphaned.untouched}); on wrong words ${reanchor.wrong.length}.`,
    "",
    "| Target | Goal | Measured | Met |",
    "| --- | --- | --- | --- |",
    ...r.targets.map((t) => `| ${t.name} | ${t.goal} | ${t.figure} | ${t.met ? "yes" : "**no**"} |`),
    ...(wrong.length === 0
      ? []
      : [
          "",
          `Claims placed on wrong words${reanchor.wrong.length > wrong.length ? ` (first ${wrong.length})` : ""}:`,
          "",
        ]),
    ...(wrong.length === 0
      ? []
      : [
          "| Claim | Method | Own words edited | Why | Placed at / its first character now at | Quote | Placed on |",
          "| --- | --- | --- | --- | --- | --- | --- |",
          ...wrong,
        ]),
  ].join("\n");
}

/** Replaces the generated section of the benchmarks page, keeping the hand-written text around it. */
export async function recordResults(markdown: string, file = "docs/benchmarks.md"): Promise<void> {
  const page = await readFile(file, "utf8").catch(() => "# Benchmarks\n");
  const section = `${START}\n${markdown}\n${END}`;
  const [before, rest] = page.includes(START) ? page.split(START) : [`${page.trimEnd()}\n\n`, END];
  await writeFile(file, `${before}${section}${rest.slice(rest.indexOf(END) + END.length)}`);
}
