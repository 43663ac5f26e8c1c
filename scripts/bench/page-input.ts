import { CodePointIndex } from "@/lib/arabic/codepoint-index";
import type { BenchInput, PageClaim } from "./page/bench-input";
import type { SyntheticClaim } from "./synthetic-claims";

/** Gives each claim in every painter's own offsets (see PageClaim). */
export function toPageInput(
  text: string,
  claims: SyntheticClaim[],
  added: SyntheticClaim,
  far: SyntheticClaim,
): BenchInput {
  const index = new CodePointIndex(text);
  const breaks = [...text.matchAll(/\n\n/gu)].map((match) => match.index);
  // Recogito counts only the text nodes' characters, so every paragraph break before an offset is dropped.
  const breaksBefore = (utf16: number) => {
    let low = 0;
    let high = breaks.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (breaks[middle] < utf16) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const toPageClaim = ({ id, status, start, end, anchor }: SyntheticClaim): PageClaim => {
    const utf16Start = index.toUtf16(start);
    const utf16End = index.toUtf16(end);
    return {
      id,
      status,
      start,
      end,
      utf16Start,
      utf16End,
      recogitoStart: utf16Start - 2 * breaksBefore(utf16Start),
      recogitoEnd: utf16End - 2 * breaksBefore(utf16End),
      quote: anchor.quote.exact,
    };
  };
  return { text, claims: claims.map(toPageClaim), extra: toPageClaim(added), far: toPageClaim(far) };
}
