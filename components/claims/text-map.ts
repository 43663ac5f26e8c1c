import { CodePointIndex } from "@/lib/arabic/codepoint-index";

type Piece = { node: Text; start: number }; // start: UTF-16 index in the canonical text

/**
 * Maps code-point offsets of the article's canonical text to DOM positions in the rendered article
 * and back. Blocks (paragraphs, headings) are the root's children; the text joins them with "\n\n".
 */
export class TextMap {
  private readonly pieces: Piece[] = [];
  readonly index: CodePointIndex;
  /** The article's blocks in order, and the code-point offset each begins at. */
  readonly blocks: Element[];
  readonly blockStarts: number[] = [];

  constructor(
    readonly root: HTMLElement,
    text: string,
  ) {
    this.index = new CodePointIndex(text);
    let blockStart = 0;
    this.blocks = Array.from(root.children);
    for (const block of this.blocks) {
      this.blockStarts.push(this.index.toCodePoint(Math.min(blockStart, text.length)));
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      let offset = blockStart;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        this.pieces.push({ node, start: offset });
        offset += node.data.length;
      }
      blockStart = offset + 2;
    }
  }

  private pieceAtUtf16(i: number): { node: Text; offset: number } | null {
    let low = 0;
    let high = this.pieces.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (this.pieces[middle].start <= i) low = middle;
      else high = middle - 1;
    }
    const piece = this.pieces[low];
    if (!piece) return null;
    return { node: piece.node, offset: Math.min(i - piece.start, piece.node.data.length) };
  }

  /** A DOM Range over code points start..end, or null when the text is not rendered (yet). */
  toRange(start: number, end: number): Range | null {
    if (end > this.index.length) return null;
    const from = this.pieceAtUtf16(this.index.toUtf16(start));
    const to = this.pieceAtUtf16(this.index.toUtf16(end) - 1);
    if (!from || !to) return null;
    const range = document.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset + 1 + (/[\uD800-\uDBFF]/.test(to.node.data[to.offset] ?? "") ? 1 : 0));
    return range;
  }

  /** The code-point offset of a DOM position inside the article, or null when it is outside. */
  toOffset(node: Node, offset: number): number | null {
    if (!this.root.contains(node)) return null;
    if (node.nodeType === Node.TEXT_NODE) {
      const piece = this.pieces.find((p) => p.node === node);
      return piece ? this.index.toCodePoint(Math.min(piece.start + offset, this.index.text.length)) : null;
    }
    // A boundary between elements: it sits just before the first text node that follows it.
    const boundary = document.createRange();
    boundary.setStart(node, offset);
    const next = this.pieces.find((piece) => boundary.comparePoint(piece.node, 0) >= 0);
    return next ? this.index.toCodePoint(next.start) : this.index.length;
  }
}
