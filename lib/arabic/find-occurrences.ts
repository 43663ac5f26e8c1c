import { spendWork } from "@/lib/limits/work-budget";

// Every occurrence of a needle, overlapping ones included, in one left-to-right pass (Knuth–Morris–Pratt).
// Repeating indexOf from each hit + 1 costs the needle's length per hit: quadratic when a long needle
// repeats itself ("ااااا…" in a run of alefs). UTF-16 units, like indexOf.

function buildFailureTable(needle: string): Int32Array {
  const table = new Int32Array(needle.length);
  let k = 0;
  for (let i = 1; i < needle.length; i++) {
    while (k > 0 && needle.charCodeAt(i) !== needle.charCodeAt(k)) k = table[k - 1];
    if (needle.charCodeAt(i) === needle.charCodeAt(k)) k++;
    table[i] = k;
  }
  return table;
}

type Window = { from?: number; to?: number; max?: number };

/**
 * UTF-16 starts of `needle` in `text` that lie within from..to (both inclusive), in order, at most `max`
 * of them. Work: the needle's length plus the window's, whatever the text.
 */
export function findOccurrences(
  text: string,
  needle: string,
  { from = 0, to = text.length, max = Infinity }: Window = {},
) {
  const starts: number[] = [];
  const first = Math.max(0, from);
  const end = Math.min(text.length, to + needle.length);
  if (needle.length === 0 || end - first < needle.length || max <= 0) return starts;
  spendWork(2 * needle.length + 2 * (end - first));
  const table = buildFailureTable(needle);
  let k = 0;
  for (let i = first; i < end; i++) {
    const unit = text.charCodeAt(i);
    while (k > 0 && unit !== needle.charCodeAt(k)) k = table[k - 1];
    if (unit === needle.charCodeAt(k)) k++;
    if (k === needle.length) {
      starts.push(i - needle.length + 1);
      if (starts.length >= max) break;
      k = table[k - 1];
    }
  }
  return starts;
}

/** Whether `needle` occurs in text[from..to) at all. */
export const containsText = (text: string, needle: string, from = 0, to = text.length) =>
  findOccurrences(text, needle, { from, to: to - needle.length, max: 1 }).length > 0;
