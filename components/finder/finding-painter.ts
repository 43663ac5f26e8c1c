import type { TextMap } from "@/components/claims/text-map";
import type { TFinding } from "./types";

const LAYERS = ["finder-error", "finder-note", "finder-active"] as const;

/**
 * Draws the checks' findings as dotted underlines with the CSS Custom Highlight API (`::highlight()`
 * with text-decoration): paint only, so the text's layout and Arabic joining never change. Findings are
 * few, so all of them are registered at once. Without the API nothing is drawn; the Checks list remains.
 */
export class FindingPainter {
  private readonly layers = new Map<string, Highlight>();

  static supported(): boolean {
    return typeof CSS !== "undefined" && CSS.highlights != null && typeof Highlight !== "undefined";
  }

  constructor(private readonly map: TextMap) {
    for (const name of LAYERS) {
      const highlight = new Highlight();
      highlight.priority = name === "finder-active" ? 5 : 4;
      this.layers.set(name, highlight);
      CSS.highlights.set(name, highlight);
    }
  }

  paint(findings: readonly TFinding[]): void {
    const error = this.layers.get("finder-error")!;
    const note = this.layers.get("finder-note")!;
    error.clear();
    note.clear();
    for (const finding of findings) {
      const range = this.map.toRange(finding.start, finding.end);
      if (range) (finding.severity === "error" ? error : note).add(range);
    }
  }

  activate(finding: TFinding | null): void {
    const active = this.layers.get("finder-active")!;
    active.clear();
    const range = finding && this.map.toRange(finding.start, finding.end);
    if (range) active.add(range);
  }

  dispose(): void {
    for (const name of LAYERS) CSS.highlights.delete(name);
  }
}
