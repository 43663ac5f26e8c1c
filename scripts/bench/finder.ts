// `npm run bench:finder`: precision and recall of the claim finder's checks per kind and of its
// suggestions on the hand-written sets in scripts/bench/finder-data (dev: tuned on; heldout: only
// scored), and its time per 1,000 words. Figures only: nothing here fails on a score or a time.
// `--set dev` scores one set; `--verbose` lists every miss and false alarm.
import os from "node:os";
import { loadChecks, loadSuggestions, type SetName } from "./finder/sets";
import { scoreSuggestions } from "./finder/score-suggestions";
import { buildArticle, timeFinder } from "./finder/timing";
import { scoreChecks, type Counts } from "./finder/score-checks";

const args = process.argv.slice(2);
const only = args.includes("--set") ? (args[args.indexOf("--set") + 1] as SetName) : null;
const verbose = args.includes("--verbose");
const sets: SetName[] = only ? [only] : ["dev", "heldout"];

function ratio(n: number, d: number): string {
  return d === 0 ? "  -  " : (n / d).toFixed(3);
}

function printCounts(counts: Map<string, Counts>): void {
  console.log("  kind                  precision  recall   (tp / fp / fn)");
  for (const [kind, c] of counts) {
    console.log(
      `  ${kind.padEnd(22)}${ratio(c.tp, c.tp + c.fp).padStart(9)}${ratio(c.tp, c.tp + c.fn).padStart(9)}   (${c.tp} / ${c.fp} / ${c.fn})`,
    );
  }
}

console.log(
  `load: ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")} on ${os.cpus().length} cores`,
);
for (const set of sets) {
  const items = loadChecks(set);
  const { counts, misses } = scoreChecks(items);
  console.log(`\nchecks, ${set} (${items.length} items, ${items.filter((i) => i.expect.length === 0).length} clean)`);
  printCounts(counts);
  if (verbose)
    for (const miss of misses)
      console.log(`  ${miss.type} ${miss.kind} [${miss.id}] «${miss.quote}»\n      ${miss.text}`);
}

for (const set of sets) {
  const items = loadSuggestions(set);
  const { tp, fp, fn, tn, wrong } = scoreSuggestions(items);
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  const f1 = (2 * precision * recall) / (precision + recall);
  console.log(
    `\nsuggestions, ${set} (${items.length} sentences, ${items.filter((i) => i.checkWorthy).length} check-worthy)`,
  );
  console.log(
    `  precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}   (tp ${tp} / fp ${fp} / fn ${fn} / tn ${tn})`,
  );
  if (verbose)
    for (const { item, reasons } of wrong)
      console.log(
        `  ${item.checkWorthy ? "missed" : "false alarm"} [${item.id} ${item.category}] ${reasons}\n      ${item.text}`,
      );
}

const texts = (["dev", "heldout"] as const).flatMap((set) =>
  [...loadChecks(set), ...loadSuggestions(set)].map((item) => item.text),
);
const timing = timeFinder(buildArticle(texts, 20_000), Number(process.env.BENCH_ROUNDS ?? 9));
console.log(`\nCPU time on a ${timing.words}-word article (median of runs), per 1,000 words:`);
console.log(
  `  checks ${timing.checks.toFixed(2)} ms · suggestions ${timing.suggestions.toFixed(2)} ms · both ${(timing.checks + timing.suggestions).toFixed(2)} ms`,
);
console.log(
  `load after: ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);
