import { isEmpty, overlaps, type BlockSpan } from "./block-window";

/**
 * Which claims touch which blocks, so that a change of the painted window visits only the claims of
 * the blocks that entered or left it, and a claim added far from the screen visits nothing else.
 */
export class ClaimBlocks {
  private readonly byBlock: Set<string>[];
  private readonly spans = new Map<string, BlockSpan>();

  constructor(blockCount: number) {
    this.byBlock = Array.from({ length: blockCount }, () => new Set<string>());
  }

  put(id: string, span: BlockSpan): void {
    this.remove(id);
    this.spans.set(id, span);
    for (let b = Math.max(0, span.first); b <= Math.min(span.last, this.byBlock.length - 1); b++)
      this.byBlock[b].add(id);
  }

  remove(id: string): void {
    const span = this.spans.get(id);
    if (!span) return;
    this.spans.delete(id);
    for (let b = Math.max(0, span.first); b <= Math.min(span.last, this.byBlock.length - 1); b++)
      this.byBlock[b].delete(id);
  }

  spanOf(id: string): BlockSpan | undefined {
    return this.spans.get(id);
  }

  /** Claims touching a block of `within` but none of `outside`. */
  only(within: BlockSpan, outside: BlockSpan): Set<string> {
    const found = new Set<string>();
    if (isEmpty(within)) return found;
    for (let b = Math.max(0, within.first); b <= Math.min(within.last, this.byBlock.length - 1); b++) {
      if (!isEmpty(outside) && outside.first <= b && b <= outside.last) continue;
      for (const id of this.byBlock[b]) if (!overlaps(this.spans.get(id)!, outside)) found.add(id);
    }
    return found;
  }
}

/** What changes when the painted window moves from `before` to `after`. */
export function windowChange(
  index: ClaimBlocks,
  before: BlockSpan,
  after: BlockSpan,
): { entering: Set<string>; leaving: Set<string> } {
  return { entering: index.only(after, before), leaving: index.only(before, after) };
}
