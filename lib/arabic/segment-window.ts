import { spendWork } from "@/lib/limits/work-budget";

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

// A cut is looked for this far from the index. Text with no space or line feed that near (a long run of
// letters) is cut between two plain letters, where a cluster always ends. Failing even that (a run of
// flags, whose pairing depends on where the run began) we segment up to the text's edge: exact, and
// counted against the work budget of the search that asked.
const MAX_SEARCH = 512;
// Letters and digits that never join their neighbours into one cluster (Grapheme_Cluster_Break=Other).
const PLAIN = /^[A-Za-z0-9\u0621-\u063A\u0641-\u064A\u0660-\u0669\u0671-\u06D3]{2}$/u;

/** A space or line feed starts a new cluster unless a Prepend character or a CR sits before it. */
function isCleanCut(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true;
  const char = text[i];
  if (char !== " " && char !== "\n") return false;
  return text[i - 1] !== "\r" && !ENDS_WITH_PREPEND.test(text.slice(Math.max(0, i - 2), i));
}

const isPlainCut = (text: string, i: number) => PLAIN.test(text.slice(i - 1, i + 1));

function findCutBefore(text: string, i: number): number {
  let plain = -1;
  for (let j = i; j > 0 && i - j <= MAX_SEARCH; j--) {
    if (isCleanCut(text, j)) return j;
    if (plain === -1 && isPlainCut(text, j)) plain = j;
  }
  return plain !== -1 && i > MAX_SEARCH ? plain : 0;
}

function findCutAfter(text: string, i: number): number {
  let plain = -1;
  for (let j = i; j < text.length && j - i <= MAX_SEARCH; j++) {
    if (isCleanCut(text, j)) return j;
    if (plain === -1 && isPlainCut(text, j)) plain = j;
  }
  return plain !== -1 && text.length - i > MAX_SEARCH ? plain : text.length;
}

/** The grapheme cluster or word segment that contains UTF-16 index `i` (0 ≤ i < text.length). */
export function segmentAt(text: string, i: number, granularity: keyof typeof SEGMENTERS): Segment {
  const from = findCutBefore(text, i);
  const to = findCutAfter(text, i + 1);
  spendWork(to - from);
  const found = SEGMENTERS[granularity].segment(text.slice(from, to)).containing(i - from);
  if (!found) throw new RangeError(`Index ${i} is outside a text of length ${text.length}.`);
  const start = from + found.index;
  return { start, end: start + found.segment.length, isWordLike: found.isWordLike === true };
}
