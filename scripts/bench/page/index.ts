// The benchmark page's entry, bundled by esbuild as the global `sanadBench`. Node drives it one phase
// at a time so that it can read Chromium's main-thread counters between phases.
import type { BenchInput, PainterBench, PainterName } from "./bench-input";
import { watchScrolls } from "./frame";
import { benchRecogito } from "./recogito";
import { benchSanad } from "./sanad";
import { benchSpanWrap } from "./span-wrap";

const FACTORIES: Record<PainterName, (root: HTMLElement, input: BenchInput) => PainterBench> = {
  sanad: benchSanad,
  "recogito-spans": (root, input) => benchRecogito(root, input, "SPANS"),
  "recogito-css": (root, input) => benchRecogito(root, input, "CSS_HIGHLIGHTS"),
  "span-wrap": benchSpanWrap,
};

let bench: PainterBench | null = null;
watchScrolls();

export async function load(painter: PainterName, input: BenchInput): Promise<void> {
  await document.fonts.ready;
  if (!document.fonts.check("20px 'Noto Naskh Arabic'", "ب"))
    throw new Error("The Noto Naskh Arabic font did not load.");
  bench = FACTORIES[painter](document.querySelector<HTMLElement>(".article-text")!, input);
}

export const run = (phase: "anchor" | "paint" | "add" | "addFar" | "scroll") => bench![phase]();
export const drawn = () => bench!.drawn();
export const checkOnScreen = () => bench!.checkOnScreen?.();
