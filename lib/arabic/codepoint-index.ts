import { spendWork } from "@/lib/limits/work-budget";
import { assertOffset } from "./codepoints";

/**
 * Converts offsets in O(1) (code point → UTF-16) and O(log n) (UTF-16 → code point) after one pass
 * over the text, for callers that convert many times, such as re-anchoring every claim of an article.
 */
export class CodePointIndex {
  readonly length: number;
  // Absent when the text has no surrogate pairs: both kinds of offset are then equal.
  private readonly utf16ByCodePoint: Uint32Array | null;

  constructor(readonly text: string) {
    spendWork(text.length);
    // Without the u flag the class sees each half of a pair, which is what we look for.
    if (!/[\uD800-\uDFFF]/.test(text)) {
      this.length = text.length;
      this.utf16ByCodePoint = null;
      return;
    }
    const starts = new Uint32Array(text.length + 1);
    let count = 0;
    let afterHighSurrogate = false;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      const completesPair: boolean = afterHighSurrogate && unit >= 0xdc00 && unit <= 0xdfff;
      if (!completesPair) starts[count++] = i;
      afterHighSurrogate = !completesPair && unit >= 0xd800 && unit <= 0xdbff;
    }
    starts[count] = text.length;
    this.length = count;
    this.utf16ByCodePoint = starts.subarray(0, count + 1);
  }

  toUtf16(codePointOffset: number): number {
    assertOffset(codePointOffset, this.length, "Code point offset");
    return this.utf16ByCodePoint ? this.utf16ByCodePoint[codePointOffset] : codePointOffset;
  }

  /** Code points that begin before `utf16Index`; an index inside a surrogate pair counts the whole pair. */
  toCodePoint(utf16Index: number): number {
    assertOffset(utf16Index, this.text.length, "UTF-16 index");
    const starts = this.utf16ByCodePoint;
    if (!starts) return utf16Index;
    let low = 0;
    let high = this.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (starts[middle] < utf16Index) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  slice(start: number, end: number): string {
    if (end < start) throw new RangeError(`The range ${start}..${end} ends before it starts.`);
    return this.text.slice(this.toUtf16(start), this.toUtf16(end));
  }
}
