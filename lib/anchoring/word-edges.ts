import { isGraphemeBoundary } from "@/lib/arabic/graphemes";
import { countEdits } from "./similarity";

// Where a passage found approximately may begin and end: between words when the quote did, on whole
// grapheme clusters always, and not on a word of the text beside the claim.

// A letter (harakat included) or a digit on both sides of an offset means it falls inside a word.
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /^\s$/u;
// These never join the character before them into one cluster (the two halfwidth kana sound marks
// are letters that do), and a space joins nothing after it.
const STARTS_CLUSTER = /^(?![\uFF9E\uFF9F])[\p{L}\p{N}\p{P}\s]$/u;
// Words more alike than this count as the same word (1 - edits / the longer one's length): a changed
// figure (125, 126) or ending (آخرون, آخرين) is the same word; two words that share the article ال and
// a letter or two (الصحة, الأحد) are not.
const SAME_WORD = 0.6;

function codePointBefore(text: string, i: number): string {
  const unit = text.charCodeAt(i - 1);
  const start = unit >= 0xdc00 && unit <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  return String.fromCodePoint(text.codePointAt(start) ?? 0);
}

const codePointAt = (text: string, i: number) => String.fromCodePoint(text.codePointAt(i) ?? 0);

/** True when UTF-16 index `i` of `text` does not fall inside a word (either end of the text counts as an edge). */
export function isWordEdge(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true;
  return !(WORD_CHARACTER.test(codePointBefore(text, i)) && WORD_CHARACTER.test(codePointAt(text, i)));
}

/** isGraphemeBoundary, answered without segmenting in the common case of a space on one side. */
export function isClusterEdge(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true;
  const before = codePointBefore(text, i);
  const after = codePointAt(text, i);
  if ((before === " " || before === "\n") && STARTS_CLUSTER.test(after)) return true;
  return isGraphemeBoundary(text, i);
}

/** Whether a quote, made with `prefix` and `suffix` around it, began and ended between words. */
export function describeWordEdges(prefix: string, exact: string, suffix: string): { start: boolean; end: boolean } {
  return { start: isWordEdge(prefix + exact, prefix.length), end: isWordEdge(exact + suffix, exact.length) };
}

/** The word (run of non-spaces) that starts at `p` of `chars`, or ends there when `backward`. */
export function wordAt(chars: string[], p: number, backward: boolean): string {
  let edge = p;
  if (backward) while (edge > 0 && !SPACE.test(chars[edge - 1])) edge--;
  else while (edge < chars.length && !SPACE.test(chars[edge])) edge++;
  return backward ? chars.slice(edge, p).join("") : chars.slice(p, edge).join("");
}

const wordsOf = (text: string) => text.split(/\s+/u).filter((word) => word.length > 0);

export function isSameWord(a: string, b: string): boolean {
  return 1 - countEdits(a, b) / Math.max([...a].length, [...b].length) > SAME_WORD;
}

/**
 * Whether a word may stand first (last) in a passage found for `quote`: it is like a word of the quote,
 * and unless it is the quote's own first (last) word, not like a word of the stored prefix (suffix). A
 * word of the context there means the passage runs into the text beside the claim.
 */
export function edgeWordRule(quote: string, context: string, side: "start" | "end"): (word: string) => boolean {
  const quoteWords = wordsOf(quote);
  const contextWords = wordsOf(context);
  const edgeWord = side === "start" ? quoteWords[0] : quoteWords[quoteWords.length - 1];
  const cache = new Map<string, boolean>();
  return (word) => {
    // An empty word is a space at the edge, judged on its own; a quote of spaces has no words to judge by.
    if (word.length === 0 || edgeWord === undefined || word === edgeWord) return true;
    let fits = cache.get(word);
    if (fits === undefined) {
      fits =
        quoteWords.some((other) => isSameWord(word, other)) && !contextWords.some((other) => isSameWord(word, other));
      cache.set(word, fits);
    }
    return fits;
  };
}
