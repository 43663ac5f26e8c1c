import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runWithinBudget } from "@/lib/limits/work-budget";
import { containsText, findOccurrences } from "./find-occurrences";

/** What repeated indexOf finds: every start, overlapping ones included. */
function naive(text: string, needle: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(needle); at !== -1 && needle.length > 0; at = text.indexOf(needle, at + 1))
    starts.push(at);
  return starts;
}

const small = fc.string({ unit: fc.constantFrom("ا", "ب", " ", "🇮🇶"), maxLength: 60 });

describe("findOccurrences", () => {
  it("finds what repeated indexOf finds, in a window and up to a count", () => {
    fc.assert(
      fc.property(small, small, fc.nat(70), fc.nat(70), fc.nat(5), (text, needle, a, b, max) => {
        expect(findOccurrences(text, needle)).toEqual(naive(text, needle));
        const [from, to] = [Math.min(a, b), Math.max(a, b)];
        const inWindow = naive(text, needle).filter((at) => at >= from && at <= to);
        expect(findOccurrences(text, needle, { from, to })).toEqual(inWindow);
        expect(findOccurrences(text, needle, { from, to, max: max + 1 })).toEqual(inWindow.slice(0, max + 1));
        expect(containsText(text, needle, from, to)).toBe(naive(text.slice(from, to), needle).length > 0);
      }),
      { numRuns: 500 },
    );
  });

  it("takes linear work where repeated indexOf is quadratic", () => {
    const text = "ا".repeat(100_000);
    const needle = "ا".repeat(10_000);
    const { value, spent } = runWithinBudget(Infinity, () => findOccurrences(text, needle));
    expect(value).toHaveLength(90_001);
    expect(spent).toBeLessThanOrEqual(2 * (text.length + needle.length));
  });
});
