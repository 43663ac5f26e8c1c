import { containsText, findOccurrences } from "@/lib/arabic/find-occurrences";
import { spendWork } from "@/lib/limits/work-budget";
import type { SearchQuery, SearchText } from "./search-text";
import { countEditsToEachEnd } from "./similarity";

// The stored context right beside the quote, looked for verbatim near where the claim is expected: where
// it still is, so is the claim's own place, whatever happened to its words. Long enough not to turn up by
// chance in ordinary prose, short enough to survive an edit a few words away from the claim.
const PROBE_CODE_POINTS = 16;
const MIN_PROBE_CODE_POINTS = 8;
// Text inserted between a claim and its context leaves them this close (UTF-16 units).
const BESIDE = 64;
// A probe found more often than this in one region (a text repeating itself) is weighed only where it is
// nearest the place looked at: every pair of traces is compared, so they must stay few.
const MAX_TRACES = 32;
// What is left of a claim whose words were edited keeps at least this much of its quote.
const REMNANT_SIMILARITY = 0.5;

type Range = { start: number; end: number };
type Region = { from: number; to: number; center: number };
/** Where the stored prefix still ends ("before") or the stored suffix still starts ("after"), in UTF-16. */
type Trace = { side: "before" | "after"; at: number };

/** UTF-16 starts of `probe` in from..to of the text, the MAX_TRACES nearest `center`; none when the probe is too short to tell. */
function findIn(doc: SearchText, probe: string, region: Region, found: Set<number>): void {
  if ([...probe.trim()].length < MIN_PROBE_CODE_POINTS) return;
  const starts = findOccurrences(doc.text, probe, { from: region.from - probe.length, to: region.to });
  if (starts.length > MAX_TRACES) {
    spendWork(starts.length * Math.ceil(Math.log2(starts.length)));
    starts.sort((a, b) => Math.abs(a - region.center) - Math.abs(b - region.center));
  }
  for (const at of starts.slice(0, MAX_TRACES)) found.add(at);
}

/** The stored context's traces near the expected place and, when it is elsewhere, around `found`. */
function findTraces(doc: SearchText, query: SearchQuery, found?: Range): Trace[] {
  const probes = {
    before: [...query.prefix].slice(-PROBE_CODE_POINTS).join(""),
    after: [...query.suffix].slice(0, PROBE_CODE_POINTS).join(""),
  };
  const regions: Region[] = [
    { from: query.near.from, to: query.near.to + query.exact.length + BESIDE, center: query.expected },
  ];
  const isElsewhere = found && (found.start < query.near.from || found.end > query.near.to);
  if (isElsewhere) regions.push({ from: found.start - BESIDE, to: found.end + BESIDE, center: found.start });
  return (["before", "after"] as const).flatMap((side) => {
    const starts = new Set<number>();
    for (const region of regions) findIn(doc, probes[side], region, starts);
    return [...starts].map((at) => ({ side, at: side === "before" ? at + probes.before.length : at }));
  });
}

/** The stretch beside `trace`, on the claim's side and at most `limit` code points long, closest to the quote. */
function findRemnant(
  doc: SearchText,
  query: SearchQuery,
  trace: Trace,
  limit: number,
): { edits: number; length: number } {
  const quote = [...query.exact];
  const forward = trace.side === "before";
  const text = forward ? [...doc.after(trace.at, limit)] : [...doc.before(trace.at, limit)].reverse();
  const edits = countEditsToEachEnd(forward ? quote : quote.reverse(), text);
  let best = { edits: quote.length, length: 0 };
  edits.forEach((count, length) => count < best.edits && (best = { edits: count, length }));
  return best;
}

const isRemnant = (query: SearchQuery, remnant: { edits: number }) =>
  remnant.edits <= [...query.exact].length * (1 - REMNANT_SIMILARITY);

/**
 * The other side's trace that closes a frame with `trace` on the claim's side, at most `reach` UTF-16
 * units away. They may share one space: the claim's words were deleted with the space after them.
 */
function findPartner(doc: SearchText, trace: Trace, traces: Trace[], reach: number): Trace | undefined {
  const toward = trace.side === "before" ? 1 : -1;
  return traces.find((other) => {
    const gap = (other.at - trace.at) * toward;
    const sharesSpace = gap === -1 && /\s/u.test(doc.text[Math.min(trace.at, other.at)]);
    return other.side !== trace.side && gap <= reach && (gap >= 0 || sharesSpace);
  });
}

/**
 * True when `trace` is `found`'s own context: beside it, with nothing between but inserted text, which
 * when `strict` must not look like what is left of the quote either.
 */
function isBesideFound(
  doc: SearchText,
  query: SearchQuery,
  trace: Trace,
  traces: Trace[],
  found: Range,
  strict: boolean,
): boolean {
  const gap = trace.side === "before" ? found.start - trace.at : trace.at - found.end;
  if (gap === 0) return true;
  if (gap < 0 || gap > BESIDE || findPartner(doc, trace, traces, gap - 1)) return false;
  if (!strict) return true;
  const between = trace.side === "before" ? doc.text.slice(trace.at, found.start) : doc.text.slice(found.end, trace.at);
  return !isRemnant(query, findRemnant(doc, query, trace, [...between].length));
}

/** True when `from..to` is clear of `found` and does not hold the quote itself (that would be another occurrence). */
function isApartFrom(doc: SearchText, query: SearchQuery, found: Range, from: number, to: number): boolean {
  return (to <= found.start || from >= found.end) && !containsText(doc.text, query.exact, from, to);
}

/** True when the other side of the context stands about a quote's length from `trace`: the claim's words replaced or deleted there. */
function isOwnFrame(doc: SearchText, query: SearchQuery, trace: Trace, traces: Trace[], found: Range): boolean {
  const partner = findPartner(doc, trace, traces, 2 * query.exact.length);
  return (
    partner !== undefined &&
    isApartFrom(doc, query, found, Math.min(trace.at, partner.at), Math.max(trace.at, partner.at))
  );
}

/** True when what stands beside `trace` is what is left of the claim's words: much of the quote, not all of it. */
function isOwnRemnant(doc: SearchText, query: SearchQuery, trace: Trace, found: Range): boolean {
  const remnant = findRemnant(doc, query, trace, 2 * [...query.exact].length);
  if (remnant.edits === 0 || !isRemnant(query, remnant)) return false;
  const at = doc.index.toCodePoint(trace.at);
  const other = doc.index.toUtf16(trace.side === "before" ? at + remnant.length : at - remnant.length);
  return isApartFrom(doc, query, found, Math.min(trace.at, other), Math.max(trace.at, other));
}

/**
 * The claim's own place, whatever happened to its words: the stretch its stored prefix and suffix still
 * frame nearest where it is expected, about as long as the quote. Null when either side is gone or
 * nothing is left between them.
 */
export function findOwnPlace(doc: SearchText, query: SearchQuery): Range | null {
  const traces = findTraces(doc, query);
  const ends = traces.filter((trace) => trace.side === "after").map((trace) => trace.at);
  const maxGap = 2 * query.exact.length + BESIDE;
  spendWork(traces.length * ends.length);
  const frames = traces
    .filter((trace) => trace.side === "before")
    .flatMap(({ at: start }) =>
      ends.filter((end) => end > start && end - start <= maxGap).map((end) => ({ start, end })),
    );
  const misfit = (range: Range) =>
    Math.abs(range.start - query.expected) + Math.abs(range.end - range.start - query.exact.length);
  return frames.sort((a, b) => misfit(a) - misfit(b))[0] ?? null;
}

/** True when the end of the stored prefix and the start of the stored suffix are both right beside `found`. */
export function isFramed(doc: SearchText, query: SearchQuery, found: Range): boolean {
  const traces = findTraces(doc, query, found);
  const beside = traces.filter((trace) => isBesideFound(doc, query, trace, traces, found, true));
  return beside.some((trace) => trace.side === "before") && beside.some((trace) => trace.side === "after");
}

/**
 * True when the stored prefix or suffix stands nearer where the claim was expected than `found` does,
 * with the claim's own place beside it: the other side of the context a quote's length away (the words
 * replaced or deleted), or what is left of the words, when `found` lacks that side of the context. Then
 * `found` is another passage with the same words, however well its context agrees. Context with other
 * text beside it is taken as the claim's only when `found` is further off than an insertion beside the
 * claim would put it, and has that side of the context too (a repeated phrase) or none at all: otherwise
 * it may be a repeated phrase, or a long insertion between the claim and its context.
 */
export function isOwnPlaceNearer(doc: SearchText, query: SearchQuery, found: Range): boolean {
  const distance = Math.abs(found.start - query.expected);
  if (distance === 0) return false;
  const traces = findTraces(doc, query, found);
  const expectedEnd = query.expected + query.exact.length;
  // The suffix of a deleted claim starts where the claim started.
  const isNearer = (trace: Trace) =>
    trace.side === "before"
      ? Math.abs(trace.at - query.expected) < distance
      : Math.min(Math.abs(trace.at - expectedEnd), Math.abs(trace.at - query.expected)) < distance;
  const beside = traces.filter((trace) => isBesideFound(doc, query, trace, traces, found, false));
  return traces.some((trace) => {
    if (!isNearer(trace) || beside.includes(trace)) return false;
    const foundHasSide = beside.some((other) => other.side === trace.side);
    if (isOwnFrame(doc, query, trace, traces, found)) return true;
    if (!foundHasSide && isOwnRemnant(doc, query, trace, found)) return true;
    return distance > BESIDE && (foundHasSide || beside.length === 0);
  });
}

/**
 * True when the stored prefix or suffix is anywhere near where the claim was expected but not beside
 * `found`. Stricter than isOwnPlaceNearer, for passages whose words or place changed: one side of the
 * claim's old surroundings left elsewhere is enough to doubt that `found` is the claim.
 */
export function isContextLeftBehind(doc: SearchText, query: SearchQuery, found: Range): boolean {
  const traces = findTraces(doc, query, found);
  return traces.some((trace) => !isBesideFound(doc, query, trace, traces, found, true));
}
