import { HighlightPainter, type PaintedClaim } from "@/components/claims/highlight-painter";
import { TextMap } from "@/components/claims/text-map";
import type { BenchInput, PageClaim, PainterBench } from "./bench-input";
import { timeUntilPainted, timeWork } from "./frame";

const toPainted = (claim: PageClaim): PaintedClaim => ({ ...claim, anchored: true });

/** The app's own painter: a TextMap over the rendered paragraphs and CSS Custom Highlights. */
export function benchSanad(root: HTMLElement, input: BenchInput): PainterBench {
  const claims = input.claims.map(toPainted);
  let painter: HighlightPainter | null = null;
  let anchored = 0;
  return {
    anchor: () =>
      timeWork(() => {
        const map = new TextMap(root, input.text);
        anchored = claims.filter((claim) => map.toRange(claim.start, claim.end) !== null).length;
        if (anchored !== claims.length) throw new Error(`Only ${anchored} of ${claims.length} claims have a range.`);
      }),
    paint: () =>
      timeUntilPainted(() => {
        painter = new HighlightPainter(new TextMap(root, input.text));
        painter.sync(claims);
      }),
    add: () => timeUntilPainted(() => painter!.sync([...claims, toPainted(input.extra)])),
    drawn: () => [...CSS.highlights.values()].reduce((count, highlight) => count + highlight.size, 0),
  };
}
