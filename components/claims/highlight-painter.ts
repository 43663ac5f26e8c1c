import type { TextMap } from "./text-map";

export type PaintedClaim = { id: string; start: number; end: number; status: string; anchored: boolean };

export const STATUSES = ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED", "PUBLISHED"] as const;
const LAYERS = [...STATUSES.map((s) => `claim-${s.toLowerCase().replace("_", "-")}`), "claim-selected", "claim-flash"];
const layerOf = (status: string) => `claim-${status.toLowerCase().replace("_", "-")}`;

/**
 * Paints claims with the CSS Custom Highlight API: the text DOM is never touched, so Arabic
 * letters joined across a highlight edge stay joined. One Highlight per status; a change to one
 * claim adds or removes only that claim's Range.
 */
export class HighlightPainter {
  private readonly painted = new Map<string, { key: string; range: Range; layer: string }>();
  private readonly layers = new Map<string, Highlight>();

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
  }

  sync(claims: PaintedClaim[]): void {
    const seen = new Set<string>();
    for (const claim of claims) {
      if (!claim.anchored) continue;
      seen.add(claim.id);
      const key = `${claim.start}:${claim.end}:${claim.status}`;
      if (this.painted.get(claim.id)?.key === key) continue;
      this.erase(claim.id);
      const range = this.map.toRange(claim.start, claim.end);
      if (!range) continue;
      const layer = layerOf(claim.status);
      this.layers.get(layer)!.add(range);
      this.painted.set(claim.id, { key, range, layer });
    }
    for (const id of [...this.painted.keys()]) if (!seen.has(id)) this.erase(id);
  }

  select(id: string | null): void {
    this.setOnly("claim-selected", id);
  }

  flash(id: string): void {
    this.setOnly("claim-flash", id);
    setTimeout(() => this.layers.get("claim-flash")?.clear(), 900);
  }

  rangeOf(id: string): Range | undefined {
    return this.painted.get(id)?.range;
  }

  dispose(): void {
    for (const name of LAYERS) CSS.highlights.delete(name);
  }

  private setOnly(layer: string, id: string | null) {
    const highlight = this.layers.get(layer)!;
    highlight.clear();
    const range = id ? this.painted.get(id)?.range : undefined;
    if (range) highlight.add(range);
  }

  private erase(id: string) {
    const painted = this.painted.get(id);
    if (!painted) return;
    this.layers.get(painted.layer)!.delete(painted.range);
    this.painted.delete(id);
  }
}
