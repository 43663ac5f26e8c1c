import { CodePointIndex } from "@/lib/arabic/codepoint-index";
import type { CodePointRange } from "@/lib/arabic/codepoints";
import { findFoldedOccurrences, foldForSearch, toSearchKey, type FoldedText } from "@/lib/arabic/folded-search";
import { findOccurrences } from "@/lib/arabic/find-occurrences";
import { snapToGraphemes } from "@/lib/arabic/graphemes";
import { runWithinBudget, WorkBudgetExceeded } from "@/lib/limits/work-budget";
import { searchBudget } from "./budget";

export type TLocateQuoteResult =
  { ok: true; start: number; end: number } | { ok: false; error: { code: "not_found" | "ambiguous" | "too_costly" } };

type QuoteToLocate = { exact: string; prefix?: string; suffix?: string };

/** An article prepared once for many quotes (an import): its code point index and folded text, made when first needed. */
export class QuoteSearchText {
  private index?: CodePointIndex;
  private foldedText?: FoldedText;

  constructor(readonly text: string) {}

  get length(): number {
    return this.text.length;
  }

  findVerbatim(exact: string): CodePointRange[] {
    const index = (this.index ??= new CodePointIndex(this.text));
    return findOccurrences(this.text, exact).map((at) => ({
      start: index.toCodePoint(at),
      end: index.toCodePoint(at + exact.length),
    }));
  }

  get folded(): FoldedText {
    return (this.foldedText ??= foldForSearch(this.text));
  }
}

/**
 * Which occurrences have the prefix right before them and the suffix right after, compared folded and
 * across one space at the quote's edges. Each side is searched for once in the whole folded text, so
 * checking thousands of occurrences costs no more than checking one.
 */
function fitsContext(text: FoldedText, prefix: string, suffix: string): (range: CodePointRange) => boolean {
  const { folded, foldedAt } = text;
  const prefixEnds = new Set(findOccurrences(folded, prefix).map((at) => at + prefix.length));
  const suffixStarts = new Set(findOccurrences(folded, suffix));
  const endsPrefix = (at: number) => prefixEnds.has(at) || (folded[at - 1] === " " && prefixEnds.has(at - 1));
  const startsSuffix = (at: number) => suffixStarts.has(at) || (folded[at] === " " && suffixStarts.has(at + 1));
  return (range) =>
    (prefix.length === 0 || endsPrefix(foldedAt[range.start])) &&
    (suffix.length === 0 || startsSuffix(foldedAt[range.end]));
}

function locate(search: QuoteSearchText, quote: QuoteToLocate): TLocateQuoteResult {
  const { text } = search;
  const prefix = toSearchKey(quote.prefix ?? "");
  const suffix = toSearchKey(quote.suffix ?? "");
  const verbatim = quote.exact.length > 0 ? search.findVerbatim(quote.exact) : [];
  const needsFolding = verbatim.length === 0 || prefix.length > 0 || suffix.length > 0;
  const folded = needsFolding ? search.folded : null;
  const occurrences = verbatim.length > 0 || !folded ? verbatim : findFoldedOccurrences(folded, quote.exact);
  const matching = folded ? occurrences.filter(fitsContext(folded, prefix, suffix)) : occurrences;
  if (matching.length === 1) return { ok: true, ...snapToGraphemes(text, matching[0]) };
  // Which problem it is; lib/claims/place-claim.ts words it for people.
  return { ok: false, error: { code: matching.length === 0 ? "not_found" : "ambiguous" } };
}

/**
 * Where a quote sits in the article, for creating a claim from quoted words (an API call, a pasted
 * quote). An exact match wins; otherwise harakat, hamza forms, digits and spacing may differ. Prefix and
 * suffix, when given, must surround the quote, and pick it out when it occurs more than once. A search
 * that would take more than its budget (budget.ts) stops: "too_costly".
 */
export function locateQuote(
  text: string | QuoteSearchText,
  quote: QuoteToLocate,
  budget = searchBudget(text.length, quote.exact.length),
): TLocateQuoteResult {
  const search = typeof text === "string" ? new QuoteSearchText(text) : text;
  try {
    return runWithinBudget(budget, () => locate(search, quote)).value;
  } catch (error) {
    if (!(error instanceof WorkBudgetExceeded)) throw error;
    return { ok: false, error: { code: "too_costly" } };
  }
}
