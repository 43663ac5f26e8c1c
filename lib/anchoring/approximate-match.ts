import { spendWork } from "@/lib/limits/work-budget";

// Myers' bit-vector algorithm for approximate matching (J. ACM 46(3), 1999), blocks of 32 pattern
// characters at a time, adapted from approx-string-match 2.0.0 (MIT, Robert Knight), which Hypothesis
// uses. Two changes: every block step is counted against the work budget, and the starts of matches are
// found only for the ends the caller picks — the package finds a start for every tied end, and a
// repetitive text ties at every character, which made one search quadratic.

const W = 32;

export type MatchEnd = { end: number; errors: number };

type Blocks = { P: Uint32Array; M: Uint32Array; lastRowMask: Uint32Array };

const oneIfNotZero = (n: number) => ((n | -n) >> 31) & 1;

/** One block step (Myers' Fig. 8, branch-free as in Šošić 2014); returns the horizontal delta out. */
function advanceBlock(ctx: Blocks, peq: Uint32Array, b: number, hIn: number): number {
  let pV = ctx.P[b];
  let mV = ctx.M[b];
  const hInIsNegative = hIn >>> 31;
  const eq = peq[b] | hInIsNegative;
  const xV = eq | mV;
  const xH = (((eq & pV) + pV) ^ pV) | eq;
  let pH = mV | ~(xH | pV);
  let mH = pV & xH;
  const hOut = oneIfNotZero(pH & ctx.lastRowMask[b]) - oneIfNotZero(mH & ctx.lastRowMask[b]);
  pH <<= 1;
  mH <<= 1;
  mH |= hInIsNegative;
  pH |= oneIfNotZero(hIn) - hInIsNegative;
  pV = mH | ~(xV | pH);
  mV = pH & xV;
  ctx.P[b] = pV;
  ctx.M[b] = mV;
  return hOut;
}

/** For each UTF-16 unit of the pattern, the bit vectors of where it occurs, block by block. */
function buildPeq(pattern: string, blocks: number): Map<number, Uint32Array> {
  spendWork(pattern.length * 2);
  const peq = new Map<number, Uint32Array>();
  for (let i = 0; i < pattern.length; i++) {
    const unit = pattern.charCodeAt(i);
    let vector = peq.get(unit);
    if (!vector) peq.set(unit, (vector = new Uint32Array(blocks)));
    vector[(i / W) | 0] |= 1 << (i % W);
  }
  return peq;
}

/**
 * The ends (exclusive, UTF-16) of the matches of `pattern` in `text` with the fewest errors, at most
 * `maxErrors` (Myers' Fig. 9, the block-based search). Work: the text's length times the blocks the
 * error bound keeps active, about maxErrors / 32 + 1.
 */
export function findMatchEnds(text: string, pattern: string, maxErrors: number): MatchEnd[] {
  if (pattern.length === 0) return [];
  let bound = Math.min(maxErrors, pattern.length);
  const bMax = Math.ceil(pattern.length / W) - 1;
  const ctx: Blocks = {
    P: new Uint32Array(bMax + 1),
    M: new Uint32Array(bMax + 1),
    lastRowMask: new Uint32Array(bMax + 1).fill(1 << 31),
  };
  ctx.lastRowMask[bMax] = 1 << ((pattern.length - 1) % W);
  const empty = new Uint32Array(bMax + 1);
  const peq = buildPeq(pattern, bMax + 1);
  let y = Math.max(0, Math.ceil(bound / W) - 1);
  const score = new Uint32Array(bMax + 1);
  for (let b = 0; b <= y; b++) {
    score[b] = (b + 1) * W;
    ctx.P[b] = ~0;
    ctx.M[b] = 0;
  }
  score[bMax] = pattern.length;
  let matches: MatchEnd[] = [];
  for (let j = 0; j < text.length; j++) {
    const charPeq = peq.get(text.charCodeAt(j)) ?? empty;
    spendWork(y + 2);
    let carry = 0;
    for (let b = 0; b <= y; b++) {
      carry = advanceBlock(ctx, charPeq, b, carry);
      score[b] += carry;
    }
    if (score[y] - carry <= bound && y < bMax && (charPeq[y + 1] & 1 || carry < 0)) {
      y++;
      ctx.P[y] = ~0;
      ctx.M[y] = 0;
      const remainder = pattern.length % W;
      const maxBlockScore = y === bMax && remainder !== 0 ? remainder : W;
      score[y] = score[y - 1] + maxBlockScore - carry + advanceBlock(ctx, charPeq, y, carry);
    } else {
      while (y > 0 && score[y] >= bound + W) y--;
    }
    if (y === bMax && score[y] <= bound) {
      // Only the fewest errors are reported: a better match discards the earlier ones and lowers the bound.
      if (score[y] < bound) matches = [];
      matches.push({ end: j + 1, errors: score[y] });
      bound = score[y];
    }
  }
  return matches;
}

// By UTF-16 unit, as the package does: pattern and text are reversed alike, and offsets stay in units.
const reverse = (text: string) => text.split("").reverse().join("");

/** The start of the longest match that ends at `match.end` with `match.errors` errors: the pattern searched backwards. */
export function findMatchStart(text: string, pattern: string, match: MatchEnd): number {
  const from = Math.max(0, match.end - pattern.length - match.errors);
  const backwards = findMatchEnds(reverse(text.slice(from, match.end)), reverse(pattern), match.errors);
  return backwards.reduce((start, found) => Math.min(start, match.end - found.end), match.end);
}
