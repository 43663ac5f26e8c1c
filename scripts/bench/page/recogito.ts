import "@recogito/text-annotator/text-annotator.css";
import {
  createTextAnnotator,
  reviveAnnotation,
  type TextAnnotation,
  type TextAnnotator,
} from "@recogito/text-annotator";
import type { BenchInput, PageClaim, PainterBench } from "./bench-input";
import { nextFrame, scrollToMiddle, timeScroll, timeUntilPainted, timeWork } from "./frame";

export type RecogitoRenderer = "SPANS" | "CSS_HIGHLIGHTS";

// Recogito revives each selector's DOM range from start/end itself, so none is passed in.
const toAnnotation = (claim: PageClaim) =>
  ({
    id: claim.id,
    bodies: [],
    target: {
      annotation: claim.id,
      selector: [{ quote: claim.quote, start: claim.recogitoStart, end: claim.recogitoEnd }],
    },
  }) as unknown as TextAnnotation;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const QUIET_MS = 250;

/**
 * When Recogito last drew, once it has stopped: it redraws 10 ms after a change, in a frame, and says
 * so (onRedraw) in a task after that frame; the first ResizeObserver callback after loading makes it
 * measure every annotation again and redraw once more, which a reader waits for too.
 */
async function lastRedraw(annotator: TextAnnotator): Promise<number> {
  let last = -1;
  const stop = annotator.renderer.on("onRedraw", () => (last = performance.now()));
  const giveUp = performance.now() + 10_000;
  let seen: number;
  do {
    if (performance.now() > giveUp) throw new Error("Recogito did not finish drawing within 10 s.");
    seen = last;
    // A frame and a little more, so that a redraw debounced during a long task has had its turn.
    await sleep(QUIET_MS);
    await nextFrame();
    await sleep(20);
  } while (last === -1 || last !== seen);
  stop();
  return last;
}

/** @recogito/text-annotator 4.x with the given renderer; SPANS is its default. */
export function benchRecogito(root: HTMLElement, input: BenchInput, renderer: RecogitoRenderer): PainterBench {
  const annotations = input.claims.map(toAnnotation);
  let annotator: TextAnnotator | null = null;
  return {
    anchor: () =>
      timeWork(() => {
        const revived = annotations.filter((a) => !reviveAnnotation(a, root).target.selector[0].range.collapsed).length;
        if (revived !== annotations.length)
          throw new Error(`Recogito revived only ${revived} of ${annotations.length} ranges.`);
      }),
    paint: () =>
      timeUntilPainted(() => {
        annotator = createTextAnnotator(root, { renderer });
        // replace = false (upsert) revives every range now; the default path stores them unrevived,
        // which the CSS_HIGHLIGHTS renderer later trips over (new Highlight(undefined)) and stops drawing.
        annotator.setAnnotations(annotations, false);
        return lastRedraw(annotator);
      }),
    add: () =>
      timeUntilPainted(() => {
        annotator!.addAnnotation(toAnnotation(input.extra));
        return lastRedraw(annotator!);
      }),
    addFar: () =>
      timeUntilPainted(() => {
        annotator!.addAnnotation(toAnnotation(input.far));
        return lastRedraw(annotator!);
      }),
    // Recogito redraws the claims on screen from its scroll listener (debounced, like any change).
    scroll: () => timeScroll(scrollToMiddle, () => lastRedraw(annotator!)),
    drawn: () => (renderer === "SPANS" ? root.querySelectorAll(".r6o-annotation").length : CSS.highlights.size),
  };
}
