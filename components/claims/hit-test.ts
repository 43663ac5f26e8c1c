import type { TClaim } from "@/lib/claims/serialize";
import type { TextMap } from "./text-map";

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
};

/** The code-point offset under a point of the screen, or null outside the article's text. */
export function offsetAtPoint(map: TextMap, x: number, y: number): number | null {
  const doc = document as CaretDocument;
  const caret = doc.caretPositionFromPoint?.(x, y);
  if (caret) return map.toOffset(caret.offsetNode, caret.offset);
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? map.toOffset(range.startContainer, range.startOffset) : null;
}

/** Claims covering an offset, innermost (shortest) first, so nested claims stay reachable. */
export function claimsAt(claims: TClaim[], offset: number): TClaim[] {
  return claims
    .filter((c) => c.anchored && c.selector.start <= offset && offset < c.selector.end)
    .sort((a, b) => a.selector.end - a.selector.start - (b.selector.end - b.selector.start));
}

/** Repeated clicks on overlapping claims cycle through them. */
export function nextClaimAt(claims: TClaim[], offset: number, selectedId: string | null): TClaim | null {
  const here = claimsAt(claims, offset);
  if (here.length === 0) return null;
  const current = here.findIndex((c) => c.id === selectedId);
  return here[(current + 1) % here.length];
}
