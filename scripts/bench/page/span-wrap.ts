import type { BenchInput, PageClaim, PainterBench } from "./bench-input";
import { scrollToMiddle, timeScroll, timeUntilPainted, timeWork } from "./frame";

type Point = { node: Text; offset: number };

/**
 * The classic way to draw annotations (Hypothesis' highlighter): find the claim's text nodes, split
 * them at its edges and wrap each piece in a <mark>. Offsets are UTF-16 units of the canonical text;
 * a table of paragraph starts, built once, narrows each lookup to one paragraph's text nodes.
 */
class SpanWrapper {
  private readonly blockStarts: number[] = [];

  constructor(
    private readonly root: HTMLElement,
    text: string,
  ) {
    let start = 0;
    for (const block of text.split("\n\n")) {
      this.blockStarts.push(start);
      start += block.length + 2;
    }
  }

  private pointAt(block: Element, offset: number, isEnd: boolean): Point {
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    let seen = 0;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (offset < seen + node.length || (isEnd && offset === seen + node.length))
        return { node, offset: offset - seen };
      seen += node.length;
    }
    throw new Error(`Offset ${offset} is past the paragraph's end.`);
  }

  rangeOf(claim: PageClaim): Range {
    let b = this.blockStarts.length - 1;
    while (this.blockStarts[b] > claim.utf16Start) b--;
    const block = this.root.children[b];
    const start = this.pointAt(block, claim.utf16Start - this.blockStarts[b], false);
    const end = this.pointAt(block, claim.utf16End - this.blockStarts[b], true);
    const range = document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return range;
  }

  wrap(claim: PageClaim): void {
    const { startContainer, startOffset, endContainer, endOffset, commonAncestorContainer } = this.rangeOf(claim);
    let first = startContainer as Text;
    let last = endContainer as Text;
    if (endOffset < last.length) last.splitText(endOffset);
    if (startOffset > 0) {
      const rest = first.splitText(startOffset);
      if (last === first) last = rest;
      first = rest;
    }
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(commonAncestorContainer, NodeFilter.SHOW_TEXT);
    walker.currentNode = first;
    for (let node: Text | null = first; node; node = walker.nextNode() as Text | null) {
      nodes.push(node);
      if (node === last) break;
    }
    for (const node of nodes) {
      const mark = document.createElement("mark");
      mark.className = `claim claim-${claim.status.toLowerCase()}`;
      mark.dataset.claim = claim.id;
      node.replaceWith(mark);
      mark.appendChild(node);
    }
  }
}

export function benchSpanWrap(root: HTMLElement, input: BenchInput): PainterBench {
  let wrapper: SpanWrapper | null = null;
  return {
    anchor: () =>
      timeWork(() => {
        const ranges = new SpanWrapper(root, input.text);
        for (const claim of input.claims) ranges.rangeOf(claim);
      }),
    paint: () =>
      timeUntilPainted(() => {
        wrapper = new SpanWrapper(root, input.text);
        for (const claim of input.claims) wrapper.wrap(claim);
      }),
    add: () => timeUntilPainted(() => wrapper!.wrap(input.extra)),
    addFar: () => timeUntilPainted(() => wrapper!.wrap(input.far)),
    // Every claim is already wrapped: the scroll costs only the browser's own frame.
    scroll: () => timeScroll(scrollToMiddle),
    drawn: () =>
      new Set([...root.querySelectorAll<HTMLElement>("mark[data-claim]")].map((mark) => mark.dataset.claim)).size,
  };
}
