import type { PaintedClaim } from "./highlight-painter";
import type { TextMap } from "./text-map";

/**
 * For browsers without the CSS Custom Highlight API: translucent boxes drawn from each range's
 * client rects in a layer behind the text. The text DOM stays untouched, so shaping is unchanged.
 */
export class OverlayPainter {
  private readonly layer: HTMLDivElement;
  private readonly claims = new Map<string, { claim: PaintedClaim; range: Range; boxes: HTMLElement[] }>();
  private readonly resize: ResizeObserver;
  private selectedId: string | null = null;

  constructor(private readonly map: TextMap) {
    const host = map.root.parentElement!;
    host.style.position = "relative";
    this.layer = document.createElement("div");
    this.layer.className = "claim-overlay";
    this.layer.setAttribute("aria-hidden", "true");
    host.prepend(this.layer);
    this.resize = new ResizeObserver(() => this.redrawAll());
    this.resize.observe(map.root);
  }

  sync(claims: PaintedClaim[]): void {
    const seen = new Set<string>();
    for (const claim of claims) {
      if (!claim.anchored) continue;
      seen.add(claim.id);
      const old = this.claims.get(claim.id);
      if (old && old.claim.start === claim.start && old.claim.end === claim.end && old.claim.status === claim.status)
        continue;
      this.erase(claim.id);
      const range = this.map.toRange(claim.start, claim.end);
      if (range) this.claims.set(claim.id, { claim, range, boxes: this.draw(claim, range) });
    }
    for (const id of [...this.claims.keys()]) if (!seen.has(id)) this.erase(id);
  }

  select(id: string | null): void {
    this.selectedId = id;
    for (const [claimId, painted] of this.claims)
      for (const box of painted.boxes) box.classList.toggle("selected", claimId === id);
  }

  flash(id: string): void {
    const boxes = this.claims.get(id)?.boxes ?? [];
    for (const box of boxes) box.classList.add("flash");
    setTimeout(() => boxes.forEach((box) => box.classList.remove("flash")), 900);
  }

  rangeOf(id: string): Range | undefined {
    return this.claims.get(id)?.range;
  }

  dispose(): void {
    this.resize.disconnect();
    this.layer.remove();
  }

  private draw(claim: PaintedClaim, range: Range): HTMLElement[] {
    const origin = this.layer.getBoundingClientRect();
    return [...range.getClientRects()].map((rect) => {
      const box = document.createElement("span");
      box.className = `claim-box status-${claim.status.toLowerCase()}${claim.id === this.selectedId ? " selected" : ""}`;
      Object.assign(box.style, {
        top: `${rect.top - origin.top}px`,
        left: `${rect.left - origin.left}px`,
        width: `${rect.width}px`,
        height: `${rect.height}px`,
      });
      this.layer.append(box);
      return box;
    });
  }

  private erase(id: string) {
    this.claims.get(id)?.boxes.forEach((box) => box.remove());
    this.claims.delete(id);
  }

  private redrawAll() {
    for (const painted of this.claims.values()) {
      painted.boxes.forEach((box) => box.remove());
      painted.boxes = this.draw(painted.claim, painted.range);
    }
  }
}
