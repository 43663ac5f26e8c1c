import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sliceByCodePoints } from "@/lib/arabic/codepoints";
import {
  anyInsertionArbitrary,
  applyEdit,
  listGraphemeBoundaries,
  insertionArbitrary,
  textArbitrary,
} from "./arbitraries";
import { resolveAnchor } from "./resolve";
import { MIN_ANCHOR_SCORE } from "./score";
import { describeRange } from "./selectors";

const RUNS = { numRuns: 400 };

/** A claim over whole clusters, as snapSelection would produce: boundaries i < j of `text`. */
function claimOn(text: string, a: number, b: number) {
  const boundaries = listGraphemeBoundaries(text);
  const i = a % (boundaries.length - 1);
  const j = i + 1 + (b % (boundaries.length - 1 - i));
  return { boundaries, i, j, anchor: describeRange(text, boundaries[i], boundaries[j]) };
}

describe("resolveAnchor, for any text and any edit", () => {
  it("returns the quoted text itself unless fuzzy, a passing score if fuzzy, and whole clusters always", () => {
    fc.assert(
      fc.property(
        textArbitrary,
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.nat({ max: 12 }),
        fc.boolean(),
        anyInsertionArbitrary,
        (text, a, b, at, length, nearClaim, inserted) => {
          const { anchor } = claimOn(text, a, b);
          const size = [...text].length;
          // Half the edits land on or right beside the claim, where anchoring is hardest.
          const start = nearClaim
            ? Math.min(
                size,
                Math.max(0, anchor.position.start - 3 + (at % (anchor.position.end - anchor.position.start + 6))),
              )
            : at % (size + 1);
          const edited = applyEdit(text, start, Math.min(size, start + length), inserted);
          const result = resolveAnchor(edited, anchor);
          if (result.status === "orphaned") {
            expect(result.reason.key.length).toBeGreaterThan(0);
            return;
          }
          const boundaries = new Set(listGraphemeBoundaries(edited));
          expect(result.start).toBeLessThan(result.end);
          expect(boundaries.has(result.start) && boundaries.has(result.end)).toBe(true);
          if (result.method === "fuzzy") expect(result.score).toBeGreaterThanOrEqual(MIN_ANCHOR_SCORE);
          else expect(sliceByCodePoints(edited, result.start, result.end)).toBe(anchor.quote.exact);
        },
      ),
      RUNS,
    );
  });
});

describe("resolveAnchor, for edits that leave the claim and the cluster beside it alone", () => {
  /** An edit between two boundaries at least one cluster away from the claim, before or after it. */
  function editAway(text: string, a: number, b: number, x: number, y: number, before: boolean, inserted: string) {
    const { boundaries, i, j, anchor } = claimOn(text, a, b);
    const [low, high] = before ? [0, i - 1] : [j + 1, boundaries.length - 1];
    if (low > high) return null;
    const [from, to] = [low + (x % (high - low + 1)), low + (y % (high - low + 1))].sort((m, n) => m - n);
    const [editStart, editEnd] = [boundaries[from], boundaries[to]];
    const shift = before ? [...inserted].length - (editEnd - editStart) : 0;
    const edited = applyEdit(text, editStart, editEnd, inserted);
    return { anchor, edited, start: anchor.position.start + shift, end: anchor.position.end + shift };
  }

  const scenario = fc
    .tuple(textArbitrary, fc.nat(), fc.nat(), fc.nat(), fc.nat(), fc.boolean(), insertionArbitrary)
    .map((args) => editAway(...args))
    .filter((edit) => edit !== null);

  it("finds the quote verbatim, never by a fuzzy guess", () => {
    fc.assert(
      fc.property(scenario, ({ anchor, edited }) => {
        const result = resolveAnchor(edited, anchor);
        expect(result.status === "anchored" && result.method).toMatch(/^(position|exact)$/);
        if (result.status === "anchored")
          expect(sliceByCodePoints(edited, result.start, result.end)).toBe(anchor.quote.exact);
      }),
      RUNS,
    );
  });

  it("finds it at its shifted position whenever the quote occurs once in the new text", () => {
    fc.assert(
      fc.property(scenario, ({ anchor, edited, start, end }) => {
        // With two occurrences the same new text can come from an edit that moved the claim: no rule can tell.
        const first = edited.indexOf(anchor.quote.exact);
        fc.pre(edited.indexOf(anchor.quote.exact, first + 1) === -1);
        expect(resolveAnchor(edited, anchor)).toMatchObject({ status: "anchored", start, end });
      }),
      RUNS,
    );
  });
});
