import type { Browser, CDPSession } from "@playwright/test";
import { openPage, type PageAssets } from "./bench-page";
import { PAINTERS, type BenchInput, type PainterName } from "./page/bench-input";
import type { Timing } from "./page/frame";
import type * as PageApi from "./page/index";

export const PHASES = ["anchor", "paint", "add", "addFar", "scroll"] as const;
export type Phase = (typeof PHASES)[number];
/** As the page timed it, plus busyMs: Chromium's main-thread task time over the same call. */
export type Sample = Timing & { busyMs: number };
export type PainterSamples = Record<Phase, Sample[]> & { drawn: number[]; drawnAfterScroll: number[] };

type BenchWindow = { sanadBench: typeof PageApi };

async function mainThreadSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return metrics.find((metric) => metric.name === "TaskDuration")?.value ?? 0;
}

/**
 * Every painter, `repetitions` times, each time in a fresh page (no state, listeners or highlights
 * left from the last one); painters take turns so a slower moment of the machine hits all of them.
 */
export async function measurePainters(browser: Browser, assets: PageAssets, input: BenchInput, repetitions: number) {
  const samples = Object.fromEntries(
    PAINTERS.map((name) => [
      name,
      { ...Object.fromEntries(PHASES.map((phase) => [phase, []])), drawn: [], drawnAfterScroll: [] },
    ]),
  ) as unknown as Record<PainterName, PainterSamples>;
  for (let round = 0; round < repetitions; round++) {
    for (const painter of PAINTERS) {
      const page = await openPage(browser, assets);
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Performance.enable");
      await page.evaluate(([name, data]) => (window as unknown as BenchWindow).sanadBench.load(name, data), [
        painter,
        input,
      ] as const);
      for (const phase of PHASES) {
        const before = await mainThreadSeconds(cdp);
        const timing = await page.evaluate((p) => (window as unknown as BenchWindow).sanadBench.run(p), phase);
        const busyMs = ((await mainThreadSeconds(cdp)) - before) * 1000;
        if (errors.length > 0) throw new Error(`${painter} failed while timing "${phase}": ${errors.join("; ")}`);
        samples[painter][phase].push({ ...timing, busyMs });
        const drawn = () => page.evaluate(() => (window as unknown as BenchWindow).sanadBench.drawn());
        if (phase === "paint") samples[painter].drawn.push(await drawn());
        if (phase === "scroll") {
          await page.evaluate(() => (window as unknown as BenchWindow).sanadBench.checkOnScreen());
          samples[painter].drawnAfterScroll.push(await drawn());
        }
      }
      await page.close();
    }
    process.stdout.write(`  round ${round + 1}/${repetitions} done\n`);
  }
  return samples;
}
