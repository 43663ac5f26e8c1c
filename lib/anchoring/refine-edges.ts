import { ratePrefixAt, rateSuffixAt, weighCandidate, type Candidate } from "./score";
import type { SearchQuery, SearchText } from "./search-text";
import { countEditsToEachEnd } from "./similarity";
import { edgeWordRule, isClusterEdge, isWordEdge, wordAt } from "./word-edges";

// Approximate search puts a passage's edges where the fewest edits are, and when the quote's first or
// last words were deleted, taking in as many letters of the neighbouring text costs no more than
// leaving them out: the passage runs into the text beside it, ending inside a word or past a paragraph.
// The stored prefix and suffix tell the two apart, so each edge is moved to where quote and context
// together agree best, among the places an edge may be (word-edges.ts).

/** How far an edge may move, in code points, at most. */
const MAX_REACH = 64;
/** Longer quotes (UTF-16 units) keep the search's edges: the edit table grows as the square of the quote. */
export const MAX_REFINED_QUOTE_LENGTH = 1000;
const ROUNDS = 3;

/** At most the work of refining one passage for a quote of `length` code points: two edit tables a round. */
export const estimateRefineWork = (length: number) => 2 * ROUNDS * length * (length + 2 * MAX_REACH + 1);
const SPACE = /^\s$/u;

type Side = "start" | "end";

/**
 * The passage around `seed` (UTF-16) that scores best with its edges on grapheme boundaries, on word
 * edges where the quote began or ended between words, not on a space or a word of the text beside the
 * claim, and without a paragraph break the quote did not have. Each edge in turn is moved to its best
 * place with the other fixed, until neither moves. Null when no such passage exists.
 */
export function refineEdges(
  doc: SearchText,
  query: SearchQuery,
  seed: { start: number; end: number },
): Candidate | null {
  const quote = [...query.exact];
  const reach = Math.min(MAX_REACH, quote.length);
  const seedStart = doc.index.toCodePoint(seed.start);
  const seedEnd = doc.index.toCodePoint(seed.end);
  const offset = Math.max(0, seedStart - reach);
  const chars = [...doc.index.slice(offset, Math.min(doc.index.length, seedEnd + reach))];
  const utf16 = (p: number) => doc.index.toUtf16(offset + p);

  const crossesBreak = spanCrossesBreak(chars, query.exact.includes("\n\n"));
  // A quote that begins (ends) with a word, not a space, should not be found beginning (ending) with a space.
  const spaceAt = { start: SPACE.test(quote[0]), end: SPACE.test(quote[quote.length - 1]) };
  const fits = {
    start: edgeWordRule(query.exact, query.prefix, "start"),
    end: edgeWordRule(query.exact, query.suffix, "end"),
  };
  const edgeCache = { start: new Map<number, boolean>(), end: new Map<number, boolean>() };
  const isEdge = (p: number, side: Side) =>
    memo(edgeCache[side], p, () => {
      if (!spaceAt[side] && SPACE.test(chars[side === "start" ? p : p - 1])) return false;
      if (query.wordEdges[side] && !(isWordEdge(doc.text, utf16(p)) && fits[side](wordAt(chars, p, side === "end"))))
        return false;
      return isClusterEdge(doc.text, utf16(p));
    });
  const prefixes = new Map<number, number>();
  const suffixes = new Map<number, number>();
  const weigh = (start: number, end: number, edits: number) =>
    weighCandidate(doc, query, utf16(start), utf16(end), {
      quote: Math.max(0, 1 - edits / quote.length),
      prefix: memo(prefixes, start, () => ratePrefixAt(doc, query, utf16(start))),
      suffix: memo(suffixes, end, () => rateSuffixAt(doc, query, utf16(end))),
    });

  /** The best start for a passage ending at `end`: the edit table runs backwards from it. */
  const bestStart = (end: number) => {
    const edits = countEditsToEachEnd([...quote].reverse(), chars.slice(0, end).reverse());
    let best: { at: number; candidate: Candidate } | null = null;
    for (let start = end - 1; start >= 0 && !crossesBreak(start, end); start--) {
      if (isEdge(start, "start")) best = better(best, start, weigh(start, end, edits[end - start]));
    }
    return best;
  };
  const bestEnd = (start: number) => {
    const edits = countEditsToEachEnd(quote, chars.slice(start));
    let best: { at: number; candidate: Candidate } | null = null;
    for (let end = start + 1; end <= chars.length && !crossesBreak(start, end); end++) {
      if (isEdge(end, "end")) best = better(best, end, weigh(start, end, edits[end - start]));
    }
    return best;
  };

  let start = seedStart - offset;
  let end = seedEnd - offset;
  let found: Candidate | null = null;
  for (let round = 0; round < ROUNDS; round++) {
    const newStart = bestStart(end);
    const newEnd = newStart && bestEnd(newStart.at);
    if (!newStart || !newEnd) return found;
    found = newEnd.candidate;
    if (newStart.at === start && newEnd.at === end) break;
    [start, end] = [newStart.at, newEnd.at];
  }
  return found;
}

function memo<T>(cache: Map<number, T>, key: number, compute: () => T): T {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = compute()));
  return value;
}

/** Higher score first; on a tie, the passage that keeps more of the quote. */
function better(best: { at: number; candidate: Candidate } | null, at: number, candidate: Candidate) {
  if (!best || candidate.score > best.candidate.score + 1e-9) return { at, candidate };
  if (candidate.score > best.candidate.score - 1e-9 && candidate.quote > best.candidate.quote) return { at, candidate };
  return best;
}

/** Whether chars start..end contain a paragraph break ("\n\n"); never, when the quote itself has one. */
function spanCrossesBreak(chars: string[], quoteHasBreak: boolean): (start: number, end: number) => boolean {
  const nextBreak = new Array<number>(chars.length + 1).fill(Infinity);
  for (let i = chars.length - 2; i >= 0; i--)
    nextBreak[i] = chars[i] === "\n" && chars[i + 1] === "\n" ? i : nextBreak[i + 1];
  return (start, end) => !quoteHasBreak && nextBreak[start] + 2 <= end;
}
