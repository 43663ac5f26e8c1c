import { HighlightPainter, type PaintedClaim } from "@/components/claims/highlight-painter";
import { TextMap } from "@/components/claims/text-map";
import type { BenchInput, PageClaim, PainterBench } from "./bench-input";
import { scrollToMiddle, timeScroll, timeUntilPainted, timeWork } from "./frame";

const toPainted = (claim: PageClaim): PaintedClaim => ({ ...claim, anchored: true });
const registered = () => [...CSS.highlights.values()].flatMap((highlight) => [...highlight] as Range[]);
const sameRange = (a: Range, b: Range) =>
  a.startContainer === b.startContainer &&
  a.startOffset === b.startOffset &&
  a.endContainer === b.endContainer &&
  a.endOffset === b.endOffset;

/**
 * The app's own painter: a TextMap over the rendered paragraphs and CSS Custom Highlights for the
 * claims near the screen; it follows scrolling by itself, as in the app.
 */
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
    addFar: () => timeUntilPainted(() => painter!.sync([...claims, toPainted(input.extra), toPainted(input.far)])),
    scroll: () => timeScroll(scrollToMiddle),
    drawn: () => registered().length,
    checkOnScreen: () => {
      const map = new TextMap(root, input.text);
      const painted = registered();
      const onScreen = (range: Range) =>
        [...range.getClientRects()].some((rect) => rect.bottom > 0 && rect.top < innerHeight);
      const missing = [...claims, toPainted(input.extra), toPainted(input.far)].filter((claim) => {
        const range = map.toRange(claim.start, claim.end)!;
        return onScreen(range) && !painted.some((other) => sameRange(range, other));
      });
      if (missing.length > 0)
        throw new Error(`After the scroll, ${missing.length} claims on screen are not painted (${missing[0].id}, …).`);
    },
  };
}
