import { CodePointIndex } from "@/lib/arabic/codepoint-index";
import type { CodePointRange } from "@/lib/arabic/codepoints";
import { findFoldedOccurrences } from "@/lib/arabic/folded-search";
import { snapToGraphemes } from "@/lib/arabic/graphemes";
import { foldArabic } from "@/lib/arabic/normalize";

export type TLocateQuoteResult =
  { ok: true; start: number; end: number } | { ok: false; error: { code: "not_found" | "ambiguous" } };

type QuoteToLocate = { exact: string; prefix?: string; suffix?: string };

function findVerbatim(index: CodePointIndex, exact: string): CodePointRange[] {
  const { text } = index;
  const found: CodePointRange[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    found.push({ start: index.toCodePoint(at), end: index.toCodePoint(at + exact.length) });
  }
  return found;
}

const searchKey = (text: string) => foldArabic(text).replace(/\s+/gu, " ").trim();

/** Prefix and suffix are compared folded and without the spaces at the quote's edges. */
function fitsContext(index: CodePointIndex, range: CodePointRange, prefix: string, suffix: string): boolean {
  if (prefix.length === 0 && suffix.length === 0) return true;
  // Harakat vanish when folded, so read generously more text than the context's length.
  const before = searchKey(index.slice(Math.max(0, range.start - 2 * [...prefix].length - 16), range.start));
  const after = searchKey(index.slice(range.end, Math.min(index.length, range.end + 2 * [...suffix].length + 16)));
  return before.endsWith(prefix) && after.startsWith(suffix);
}

/**
 * Where a quote sits in the article, for creating a claim from quoted words (an API call, a pasted
 * quote). An exact match wins; otherwise harakat, hamza forms, digits and spacing may differ. Prefix and
 * suffix, when given, must surround the quote, and pick it out when it occurs more than once.
 */
export function locateQuote(text: string, quote: QuoteToLocate): TLocateQuoteResult {
  const index = new CodePointIndex(text);
  const verbatim = quote.exact.length > 0 ? findVerbatim(index, quote.exact) : [];
  const occurrences = verbatim.length > 0 ? verbatim : findFoldedOccurrences(text, quote.exact);
  const prefix = searchKey(quote.prefix ?? "");
  const suffix = searchKey(quote.suffix ?? "");
  const matching = occurrences.filter((range) => fitsContext(index, range, prefix, suffix));
  if (matching.length === 1) return { ok: true, ...snapToGraphemes(text, matching[0]) };
  // Which problem it is; lib/claims/place-claim.ts words it for people.
  return { ok: false, error: { code: matching.length === 0 ? "not_found" : "ambiguous" } };
}
