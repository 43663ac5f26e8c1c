// Intl.Segmenter costs O(n) per lookup on a long string (V8 rescans it), so segmenting a
// 100,000-character article around every claim would take seconds. We segment a small window instead,
// cut at places where both the grapheme and the word rules start afresh.

type Segment = { start: number; end: number; isWordLike: boolean };

const SEGMENTERS = {
  grapheme: new Intl.Segmenter("ar", { granularity: "grapheme" }),
  word: new Intl.Segmenter("ar", { granularity: "word" }),
};

// Grapheme_Cluster_Break=Prepend (Unicode 15): these join the next character, even a space.
const ENDS_WITH_PREPEND =
  /[\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u0D4E\u{110BD}\u{110CD}\u{111C2}\u{111C3}\u{1193F}\u{11941}\u{11A3A}\u{11A84}-\u{11A89}\u{11D46}\u{11F02}]$/u;

// Past this distance we give up on finding a cut and segment up to the text's edge (slow but exact).
const MAX_SEARCH = 512;

/** A space or line feed starts a new cluster unless a Prepend character or a CR sits before it. */
function isCleanCut(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true;
  const char = text[i];
  if (char !== " " && char !== "\n") return false;
  return text[i - 1] !== "\r" && !ENDS_WITH_PREPEND.test(text.slice(Math.max(0, i - 2), i));
}

function findCutBefore(text: string, i: number): number {
  for (let j = i; j > 0 && i - j <= MAX_SEARCH; j--) if (isCleanCut(text, j)) return j;
  return 0;
}

function findCutAfter(text: string, i: number): number {
  for (let j = i; j < text.length && j - i <= MAX_SEARCH; j++) if (isCleanCut(text, j)) return j;
  return text.length;
}

/** The grapheme cluster or word segment that contains UTF-16 index `i` (0 ≤ i < text.length). */
export function segmentAt(text: string, i: number, granularity: keyof typeof SEGMENTERS): Segment {
  const from = findCutBefore(text, i);
  const to = findCutAfter(text, i + 1);
  const found = SEGMENTERS[granularity].segment(text.slice(from, to)).containing(i - from);
  if (!found) throw new RangeError(`Index ${i} is outside a text of length ${text.length}.`);
  const start = from + found.index;
  return { start, end: start + found.segment.length, isWordLike: found.isWordLike === true };
}
