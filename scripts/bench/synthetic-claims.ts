import { CodePointIndex } from "@/lib/arabic/codepoint-index";
import { describeRange, type TAnchor } from "@/lib/anchoring/selectors";
import { STATUSES } from "@/components/claims/highlight-painter";
import type { Random } from "./random";

/** Offsets in code points of the canonical text, end exclusive. */
export type SyntheticClaim = { id: string; start: number; end: number; status: string; anchor: TAnchor };

export const CLAIM_COUNT = 2000;
/** About one claim in ten starts inside another. */
export const OVERLAPPING_CLAIMS = 200;

type Word = { start: number; end: number; paragraph: number };

function wordsOf(text: string): Word[] {
  const index = new CodePointIndex(text);
  const words: Word[] = [];
  let paragraph = 0;
  let last = 0;
  for (const match of text.matchAll(/\S+/gu)) {
    paragraph += text.slice(last, match.index).split("\n\n").length - 1;
    last = match.index;
    words.push({
      start: index.toCodePoint(match.index),
      end: index.toCodePoint(match.index + match[0].length),
      paragraph,
    });
  }
  return words;
}

/** Word span first..first+count-1, cut short at the end of the paragraph: a claim quotes one paragraph. */
function wordSpan(words: Word[], first: number, count: number): [number, number] {
  let last = first;
  while (last + 1 < Math.min(words.length, first + count) && words[last + 1].paragraph === words[first].paragraph)
    last++;
  return [first, last];
}

/**
 * CLAIM_COUNT claims of 1–12 words: most laid out side by side without touching, and OVERLAPPING_CLAIMS
 * starting inside another claim (nested or running past its end), as when two checkers quote one sentence.
 */
export function makeClaims(text: string, random: Random): SyntheticClaim[] {
  const words = wordsOf(text);
  const lengths = Array.from({ length: CLAIM_COUNT - OVERLAPPING_CLAIMS }, () => random.int(1, 12));
  const gaps = lengths.map(() => random.next());
  const free = words.length - lengths.reduce((sum, n) => sum + n, 0);
  if (free < lengths.length)
    throw new Error(`The article has ${words.length} words: too few for ${CLAIM_COUNT} claims.`);
  const gapScale = (free - lengths.length) / gaps.reduce((sum, g) => sum + g, 0);
  const spans: [number, number][] = [];
  let at = 0;
  lengths.forEach((length, i) => {
    at += 1 + Math.floor(gaps[i] * gapScale);
    spans.push(wordSpan(words, at, length));
    at += length;
  });
  const taken = new Set(spans.map(([a, b]) => `${a}:${b}`));
  const laidOut = [...spans];
  while (spans.length < CLAIM_COUNT) {
    const [first, last] = random.pick(laidOut);
    const next = wordSpan(words, random.int(first, last), random.int(1, 12));
    if (taken.has(`${next[0]}:${next[1]}`)) continue;
    taken.add(`${next[0]}:${next[1]}`);
    spans.push(next);
  }
  return spans.map(([first, last], i) => {
    const start = words[first].start;
    const end = words[last].end;
    const status = random.pick(STATUSES);
    return {
      id: `claim-${String(i + 1).padStart(4, "0")}`,
      start,
      end,
      status,
      anchor: describeRange(text, start, end),
    };
  });
}

/** How many claims quote each kind of text that offset arithmetic gets wrong, and how many overlap. */
export function describeClaims(claims: SyntheticClaim[]): Record<string, number> {
  const quoting = (pattern: RegExp) => claims.filter((claim) => pattern.test(claim.anchor.quote.exact)).length;
  const sorted = [...claims].sort((a, b) => a.start - b.start);
  const overlaps = new Set<string>();
  sorted.forEach((claim, i) => {
    for (let j = i + 1; j < sorted.length && sorted[j].start < claim.end; j++) overlaps.add(claim.id).add(sorted[j].id);
  });
  return {
    latin: quoting(/[A-Za-z]/u),
    westernDigits: quoting(/[0-9]/u),
    arabicIndicDigits: quoting(/[٠-٩]/u),
    emoji: quoting(/\p{Extended_Pictographic}|\p{Regional_Indicator}/u),
    harakat: quoting(/[\u064B-\u0652]/u),
    overlapping: overlaps.size,
  };
}

/**
 * The claim a checker adds while reading: six words of paragraph 1, near the top of the article and so
 * on screen; or, for `where: "far"`, of the paragraph four fifths down, far below the screen (a claim
 * added by a colleague, arriving live, or through the API).
 */
export function makeAddedClaim(text: string, where: "near" | "far" = "near"): SyntheticClaim {
  const all = wordsOf(text);
  const paragraph = where === "near" ? 1 : Math.floor(all[all.length - 1].paragraph * 0.8);
  const words = all.filter((word) => word.paragraph === paragraph);
  const { start } = words[2];
  const { end } = words[7];
  return { id: `claim-added-${where}`, start, end, status: "DRAFT", anchor: describeRange(text, start, end) };
}
