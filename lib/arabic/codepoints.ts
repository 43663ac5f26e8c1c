// W3C selectors and our database count Unicode code points, while JavaScript strings index UTF-16
// units: an emoji or a rare CJK character takes two units but one code point.

export type CodePointRange = { start: number; end: number };

/** True when UTF-16 index `i` sits between the two halves of a surrogate pair. */
function splitsSurrogatePair(text: string, i: number): boolean {
  const low = text.charCodeAt(i);
  const high = text.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
}

export function assertOffset(value: number, max: number, what: string): void {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new RangeError(`${what} ${value} is outside 0..${max}.`);
  }
}

export function codePointLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (!splitsSurrogatePair(text, i)) count++;
  return count;
}

/** Code points that begin before `utf16Index`; an index inside a surrogate pair counts the whole pair. */
export function toCodePointOffset(text: string, utf16Index: number): number {
  assertOffset(utf16Index, text.length, "UTF-16 index");
  let count = 0;
  for (let i = 0; i < utf16Index; i++) if (!splitsSurrogatePair(text, i)) count++;
  return count;
}

export function toUtf16Index(text: string, codePointOffset: number): number {
  return toUtf16Indices(text, [codePointOffset])[0];
}

/** UTF-16 indices of ascending code point offsets, in one walk that stops at the last of them. */
export function toUtf16Indices(text: string, codePointOffsets: readonly number[]): number[] {
  codePointOffsets.forEach((offset, k) => {
    if (k > 0 && offset < codePointOffsets[k - 1])
      throw new RangeError("Code point offsets must be in ascending order.");
  });
  const indices: number[] = [];
  let seen = 0;
  for (let i = 0; i <= text.length && indices.length < codePointOffsets.length; i++) {
    if (splitsSurrogatePair(text, i)) continue;
    while (codePointOffsets[indices.length] === seen) indices.push(i);
    seen++;
  }
  if (indices.length < codePointOffsets.length) {
    assertOffset(codePointOffsets[indices.length], seen - 1, "Code point offset");
  }
  return indices;
}

export function sliceByCodePoints(text: string, start: number, end: number = codePointLength(text)): string {
  if (end < start) throw new RangeError(`The range ${start}..${end} ends before it starts.`);
  const [from, to] = toUtf16Indices(text, [start, end]);
  return text.slice(from, to);
}
