import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { unlikeWordsArbitrary } from "./arbitraries";
import {
  SENTENCE_CALM,
  SENTENCE_DAMAGE,
  SENTENCE_DRONE,
  SENTENCE_EXPLOSION,
  SENTENCE_PROTEST,
  SENTENCE_RECOUNT,
} from "./fixtures";
import { resolveAnchor } from "./resolve";
import { describeRange } from "./selectors";

const RUNS = { numRuns: 400 };
const SENTENCES = [
  SENTENCE_DRONE,
  SENTENCE_EXPLOSION,
  SENTENCE_PROTEST,
  SENTENCE_DAMAGE,
  SENTENCE_CALM,
  SENTENCE_RECOUNT,
];

const cp = (text: string) => [...text].length;
/** Code point offset of word `k` in `words` joined by single spaces. */
const offsetOf = (words: string[], k: number) => cp(words.slice(0, k).join(" ")) + (k > 0 ? 1 : 0);

describe("resolveAnchor, when a claim's first or last words are deleted with some of the words beside them", () => {
  const scenario = fc
    .tuple(unlikeWordsArbitrary(SENTENCES), fc.nat(), fc.nat(), fc.nat(), fc.nat(), fc.boolean())
    .map(([words, a, b, c, d, atStart]) => {
      // A claim of two words or more, words first..last-1, and a deletion over one of its edges that leaves one of its words.
      const first = (a % (words.length - 3)) + 1;
      const last = first + 2 + (b % Math.min(6, words.length - first - 2));
      const [from, to] = atStart
        ? [first - 1 - (c % first), first + 1 + (d % (last - first - 1))]
        : [last - 1 - (d % (last - first - 1)), last + 1 + (c % Math.max(1, words.length - last))];
      const edited = [...words.slice(0, from), ...words.slice(Math.min(to, words.length))];
      // The claim's surviving words, where they are now.
      const [keptFirst, keptLast] = atStart ? [from, from + last - to] : [first, from];
      return {
        words,
        first,
        last,
        edited,
        kept: { start: offsetOf(edited, keptFirst), end: offsetOf(edited, keptLast) - 1 },
      };
    });

  it("never takes in the words that were beside it", () => {
    fc.assert(
      fc.property(scenario, ({ words, first, last, edited, kept }) => {
        const text = words.join(" ");
        const anchor = describeRange(text, offsetOf(words, first), offsetOf(words, last) - 1);
        const result = resolveAnchor(edited.join(" "), anchor);
        if (result.status === "orphaned") return;
        expect(result.method).toBe("fuzzy");
        expect(result.start).toBeGreaterThanOrEqual(kept.start);
        expect(result.end).toBeLessThanOrEqual(kept.end);
      }),
      RUNS,
    );
  });
});
