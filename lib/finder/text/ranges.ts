/** The items of `sorted` (by start) that lie within [from, to), found by binary search. */
export function itemsWithin<T extends { start: number; end: number }>(
  sorted: readonly T[],
  from: number,
  to: number,
): T[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle].start < from) low = middle + 1;
    else high = middle;
  }
  const found: T[] = [];
  for (let i = low; i < sorted.length && sorted[i].start < to; i++) if (sorted[i].end <= to) found.push(sorted[i]);
  return found;
}
