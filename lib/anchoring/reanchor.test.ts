import { describe, expect, it } from "vitest";
import { CodePointIndex } from "@/lib/arabic/codepoint-index";
import { sliceByCodePoints } from "@/lib/arabic/codepoints";
import { ARTICLE, SENTENCE_DRONE, SENTENCE_EXPLOSION, SENTENCE_MIXED, SENTENCE_PROTEST } from "./fixtures";
import { reanchorAll } from "./reanchor";
import { describeRange, type TAnchor } from "./selectors";

const cp = (text: string) => [...text].length;

function claim(text: string, exact: string): TAnchor {
  const start = cp(text.slice(0, text.indexOf(exact)));
  return describeRange(text, start, start + cp(exact));
}

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("reanchorAll", () => {
  it("reports each claim in the order given, with counts", () => {
    const anchors = [
      claim(ARTICLE, "وأصيب 125 آخرون بجروح"),
      claim(ARTICLE, "سمعوا دوي انفجارات وإطلاق رصاص"),
      claim(ARTICLE, "منزل الكاظمي تعرّض لانفجار واحد على الأقل"),
      claim(ARTICLE, "طائرة مسيّرة مفخّخة"),
    ];
    const edited = ["عاجل: تحديث", SENTENCE_DRONE, SENTENCE_PROTEST].join("\n\n");
    const report = reanchorAll(edited, anchors);
    expect(report.counts).toEqual({ anchored: 2, orphaned: 2 });
    expect(report.results.map((result) => result.status)).toEqual(["anchored", "orphaned", "orphaned", "anchored"]);
    const first = report.results[0];
    expect(first.status === "anchored" && sliceByCodePoints(edited, first.start, first.end)).toBe(
      "وأصيب 125 آخرون بجروح",
    );
  });

  it("keeps each claim on its own copy of a repeated paragraph when the words before it change", () => {
    const text = [SENTENCE_EXPLOSION, SENTENCE_DRONE, SENTENCE_EXPLOSION, SENTENCE_PROTEST, SENTENCE_EXPLOSION].join(
      "\n\n",
    );
    const quote = "دبلوماسيون غربيون موجودون";
    const anchors = startsOf(text, quote).map((start) => describeRange(text, start, start + cp(quote)));
    // A word inserted before the first and the last copy's claim: only the middle one keeps all its context.
    const [before, ...after] = text.split(quote);
    const edited = [before, "ثلاثة ", quote, after[0], quote, after[1], "ثلاثة ", quote, after[2]].join("");
    const starts = reanchorAll(edited, anchors).results.map((result) =>
      result.status === "anchored" ? result.start : -1,
    );
    expect(starts).toEqual(startsOf(edited, quote));
  });

  it("re-anchors 2,000 claims on a 100,000-code-point article after many edits", () => {
    const next = random(7);
    const words = [SENTENCE_DRONE, SENTENCE_EXPLOSION, SENTENCE_PROTEST, SENTENCE_MIXED].join(" ").split(/\s+/u);
    const pick = () => words[Math.floor(next() * words.length)];
    const pieces: string[] = [];
    for (let length = 0; length < 100_000; length += pieces[pieces.length - 1].length + 1) {
      pieces.push(next() < 0.05 ? `\n\n${pick()}` : pick());
    }
    // A paragraph added near the top and every 400th word replaced.
    const isReplaced = (i: number) => i % 400 === 399;
    const edited = pieces.map((piece, i) => (isReplaced(i) ? "كلمةجديدة" : piece));
    edited.splice(10, 0, "فقرة مضافة في أعلى المقال لتغيير كل المواقع بعدها.\n\n");
    const oldStarts = offsetsOf(pieces);
    const newStarts = offsetsOf(edited);
    const text = pieces.join(" ");
    const newText = edited.join(" ");

    const claims = Array.from({ length: 2_000 }, () => {
      const first = Math.floor(next() * (pieces.length - 8));
      const last = first + 1 + Math.floor(next() * 6);
      return { first, last, anchor: describeRange(text, oldStarts[first], oldStarts[last] - 1) };
    });
    const report = reanchorAll(
      newText,
      claims.map((claim) => claim.anchor),
    );

    const newIndex = new CodePointIndex(newText);
    let movedExactly = 0;
    let untouched = 0;
    report.results.forEach((result, i) => {
      const { first, last, anchor } = claims[i];
      if (result.status === "anchored" && result.method !== "fuzzy") {
        expect(newIndex.slice(result.start, result.end)).toBe(anchor.quote.exact);
      }
      const touched = Array.from({ length: last - first }, (_, k) => first + k).some(isReplaced);
      if (touched) return;
      untouched++;
      const expectedStart = newStarts[first < 10 ? first : first + 1];
      if (result.status === "anchored" && result.start === expectedStart) movedExactly++;
    });
    expect(movedExactly).toBe(untouched);
    expect(report.counts.anchored).toBeGreaterThan(1_950);
  });
});

/** Code point offset of each piece once the pieces are joined with single spaces. */
function offsetsOf(pieces: string[]): number[] {
  const starts = [0];
  for (const piece of pieces) starts.push(starts[starts.length - 1] + cp(piece) + 1);
  return starts;
}

/** Code point offsets of every occurrence of `part` in `text`. */
function startsOf(text: string, part: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + 1)) starts.push(cp(text.slice(0, at)));
  return starts;
}
