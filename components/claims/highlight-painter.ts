import { blocksOfSpan, NO_BLOCKS, overlaps, paintWindow, sameSpan, type BlockSpan } from "@/lib/drawing/block-window";
import { ClaimBlocks, windowChange } from "@/lib/drawing/claim-blocks";
import type { TextMap } from "./text-map";
import { watchViewport } from "./watch-viewport";

export type PaintedClaim = { id: string; start: number; end: number; status: string; anchored: boolean };

export const STATUSES = ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED", "PUBLISHED", "RETRACTED"] as const;
const LAYERS = [...STATUSES.map((s) => `claim-${s.toLowerCase().replace("_", "-")}`), "claim-selected", "claim-flash"];
const layerOf = (status: string) => `claim-${status.toLowerCase().replace("_", "-")}`;
const sameClaim = (a: PaintedClaim, b: PaintedClaim) => a.start === b.start && a.end === b.end && a.status === b.status;

// Painted beyond the screen, in screen heights: never less than `keep` on each side, `reach` after a move.
const MARGINS = { keep: 0.5, reach: 1 };

/**
 * Paints claims with the CSS Custom Highlight API: the text DOM is never touched, so Arabic letters
 * joined across a highlight edge stay joined. One Highlight per status.
 *
 * Only the claims of the blocks near the screen are in the registry: Chromium rebuilds the markers of
 * every registered range whenever any Highlight (or the DOM, or style) changes, so the cost of each
 * change follows the number of registered ranges. Every claim is indexed by its blocks; scrolling
 * registers the claims of blocks coming near and drops those of blocks moving away, and a change to
 * one claim touches only its own Range, and nothing at all when it is far from the screen.
 */
export class HighlightPainter {
  private readonly claims = new Map<string, { claim: PaintedClaim; seen: number }>();
  private readonly painted = new Map<string, { range: Range; layer: string }>();
  private readonly layers = new Map<string, Highlight>();
  private readonly blocks: ClaimBlocks;
  private readonly unwatch: () => void;
  private window: BlockSpan = NO_BLOCKS;
  private generation = 0;
  private selected: PaintedClaim | null = null;

  static supported(): boolean {
    return typeof CSS !== "undefined" && CSS.highlights != null && typeof Highlight !== "undefined";
  }

  constructor(private readonly map: TextMap) {
    for (const name of LAYERS) {
      const highlight = new Highlight();
      highlight.priority = name === "claim-flash" ? 3 : name === "claim-selected" ? 2 : 1;
      this.layers.set(name, highlight);
      CSS.highlights.set(name, highlight);
    }
    this.blocks = new ClaimBlocks(map.blocks.length);
    this.window = this.measureWindow();
    this.unwatch = watchViewport(map.root, () => this.moveWindow());
  }

  sync(claims: PaintedClaim[]): void {
    const generation = ++this.generation;
    let seen = 0;
    for (const claim of claims) {
      if (!claim.anchored) continue;
      let entry = this.claims.get(claim.id);
      if (!entry || !sameClaim(entry.claim, claim)) {
        if (entry?.seen === generation) seen--; // the same id twice, changed: counted afresh below
        entry = this.learn(claim);
      }
      if (entry.seen === generation) continue;
      entry.seen = generation;
      seen++;
    }
    if (seen === this.claims.size) return;
    for (const [id, entry] of this.claims) if (entry.seen !== generation) this.forget(id);
  }

  select(id: string | null): void {
    const claim = id ? (this.claims.get(id)?.claim ?? null) : null;
    if (claim === this.selected) return;
    this.selected = claim;
    this.setOnly("claim-selected", id);
  }

  flash(id: string): void {
    this.setOnly("claim-flash", id);
    setTimeout(() => this.layers.get("claim-flash")?.clear(), 900);
  }

  /** The claim's Range, painted or not (a claim far from the screen has one made for it). */
  rangeOf(id: string): Range | undefined {
    const painted = this.painted.get(id)?.range;
    if (painted) return painted;
    const claim = this.claims.get(id)?.claim;
    return (claim && this.map.toRange(claim.start, claim.end)) ?? undefined;
  }

  dispose(): void {
    this.unwatch();
    for (const name of LAYERS) CSS.highlights.delete(name);
  }

  private learn(claim: PaintedClaim) {
    this.forget(claim.id);
    const entry = { claim, seen: 0 };
    this.claims.set(claim.id, entry);
    const span = blocksOfSpan(this.map.blockStarts, claim.start, claim.end);
    this.blocks.put(claim.id, span);
    if (overlaps(span, this.window)) this.paint(claim.id);
    return entry;
  }

  private forget(id: string) {
    this.erase(id);
    this.blocks.remove(id);
    this.claims.delete(id);
  }

  private paint(id: string) {
    const claim = this.claims.get(id)?.claim;
    const range = claim && this.map.toRange(claim.start, claim.end);
    if (!claim || !range) return;
    const layer = layerOf(claim.status);
    this.layers.get(layer)!.add(range);
    this.painted.set(id, { range, layer });
  }

  private erase(id: string) {
    const painted = this.painted.get(id);
    if (!painted) return;
    this.layers.get(painted.layer)!.delete(painted.range);
    this.painted.delete(id);
  }

  private measureWindow(): BlockSpan {
    const { blocks, root } = this.map;
    const height = root.getBoundingClientRect().height > 0 ? window.innerHeight : 0;
    return paintWindow(this.window, blocks.length, (i) => blocks[i].getBoundingClientRect(), height, MARGINS);
  }

  private moveWindow() {
    const next = this.measureWindow();
    if (sameSpan(next, this.window)) return;
    const { entering, leaving } = windowChange(this.blocks, this.window, next);
    this.window = next;
    for (const id of leaving) this.erase(id);
    for (const id of entering) this.paint(id);
  }

  private setOnly(layer: string, id: string | null) {
    const highlight = this.layers.get(layer)!;
    highlight.clear();
    const range = id ? this.rangeOf(id) : undefined;
    if (range) highlight.add(range);
  }
}
