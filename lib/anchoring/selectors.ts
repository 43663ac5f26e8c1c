import { z } from "zod";
import { toUtf16Indices } from "@/lib/arabic/codepoints";
import { errorText } from "@/lib/i18n/error-text";

// W3C Web Annotation selectors. A claim stores both: the position is fast and exact while the text is
// unchanged; the quote and its context find the claim again after the article is edited.

/** Context kept on each side of a quote, as in Hypothesis. */
export const CONTEXT_CODE_POINTS = 32;

// Loose bounds that only stop abuse: a claim quotes a sentence or a paragraph, not a whole article.
const MAX_QUOTE_LENGTH = 10_000;
const MAX_CONTEXT_LENGTH = 256;

export const ZTextQuoteSelector = z.object({
  exact: z
    .string()
    .min(1, { error: errorText("quoteRequired") })
    .max(MAX_QUOTE_LENGTH, { error: errorText("tooLong", { max: MAX_QUOTE_LENGTH }) }),
  prefix: z.string().max(MAX_CONTEXT_LENGTH),
  suffix: z.string().max(MAX_CONTEXT_LENGTH),
});
export type TTextQuoteSelector = z.infer<typeof ZTextQuoteSelector>;

/** Offsets in Unicode code points of the article's canonical plain text, end exclusive. */
export const ZTextPositionSelector = z
  .object({ start: z.number().int().min(0), end: z.number().int().min(0) })
  .refine((position) => position.end > position.start, { error: errorText("spanEmpty") });
export type TTextPositionSelector = z.infer<typeof ZTextPositionSelector>;

export const ZAnchor = z.object({ quote: ZTextQuoteSelector, position: ZTextPositionSelector });
export type TAnchor = z.infer<typeof ZAnchor>;

/** Both selectors for the code point range start..end of `text`, with up to 32 code points of context. */
export function describeRange(text: string, start: number, end: number): TAnchor {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start)) {
    throw new RangeError(`The range ${start}..${end} is empty or starts before the text.`);
  }
  // One walk up to the suffix's end, not an index of the whole text: claims are described one at a time.
  const [before, from, to] = toUtf16Indices(text, [Math.max(0, start - CONTEXT_CODE_POINTS), start, end]);
  const suffix = text.slice(to, to + 2 * CONTEXT_CODE_POINTS);
  return {
    quote: {
      exact: text.slice(from, to),
      prefix: text.slice(before, from),
      suffix: [...suffix].slice(0, CONTEXT_CODE_POINTS).join(""),
    },
    position: { start, end },
  };
}
