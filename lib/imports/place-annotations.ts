import { locateQuote, QuoteSearchText } from "@/lib/anchoring/locate-quote";
import { reanchorInSlices } from "@/lib/anchoring/reanchor";
import type { TResolution } from "@/lib/anchoring/resolve";
import type { TAnchor } from "@/lib/anchoring/selectors";

// Quotes placed by locateQuote between two pauses that let other requests run.
const QUOTES_PER_SLICE = 16;

/**
 * Places imported annotations as an edit re-anchors claims, then, for tools that keep less context
 * (Hypothesis), as a pasted quote: only where the words occur once, or once within their prefix and
 * suffix. Every search has its budget and the work is done in slices, so a large import never holds
 * up other requests.
 */
export async function placeAnnotations(text: string, anchors: TAnchor[]): Promise<TResolution[]> {
  const { results } = await reanchorInSlices(text, anchors);
  const search = new QuoteSearchText(text);
  const placed: TResolution[] = [];
  for (const [i, result] of results.entries()) {
    if (i > 0 && i % QUOTES_PER_SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
    if (result.status === "anchored") {
      placed.push(result);
      continue;
    }
    const found = locateQuote(search, anchors[i].quote);
    placed.push(
      found.ok ? { status: "anchored", start: found.start, end: found.end, method: "exact", score: 1 } : result,
    );
  }
  return placed;
}
