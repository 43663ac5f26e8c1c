import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linearScan, runWithinBudget } from "@/lib/limits/work-budget";
import { ARTICLE } from "./fixtures";
import { locateQuote } from "./locate-quote";
import { locateClaim } from "./resolve";
import { SearchText } from "./search-text";
import type { TAnchor } from "./selectors";

// Every search primitive counts its steps (lib/limits/work-budget.ts). These tests measure the steps a
// search takes with no budget at all and compare them with one linear scan of the text and the quote:
// texts that repeat themselves, quotes that are absent, repeated, long or made of the text's own
// pattern must not make any search super-linear. A quadratic search fails them by orders of magnitude.

/** Steps per scanned unit no search may exceed, plus a constant for a quote's fixed costs. */
const STEPS_PER_UNIT = 256;
const FIXED_STEPS = 12_000_000;
const within = (steps: number, text: string, quote: string) =>
  steps <= STEPS_PER_UNIT * linearScan(text.length, quote.length) + FIXED_STEPS;

const measureClaim = (text: string, anchor: TAnchor) =>
  runWithinBudget(Infinity, () => locateClaim(new SearchText(text), anchor, anchor.position.start)).spent;
const measureQuote = (text: string, quote: { exact: string; prefix?: string; suffix?: string }) =>
  runWithinBudget(Infinity, () => locateQuote(text, quote)).spent;

// Few letters, so that everything repeats: the worst case of text search.
const piece = fc.constantFrom("ا", "ب", "في", " ", "ا ", "🇮🇶", "\u064E", "\n\n", "بت", "125");
const pattern = fc.array(piece, { minLength: 1, maxLength: 6 }).map((pieces) => pieces.join(""));
const text = fc
  .tuple(pattern, fc.integer({ min: 200, max: 6_000 }), fc.string({ maxLength: 40 }))
  .map(([unit, repeats, noise]) => (unit.repeat(Math.ceil(repeats / unit.length)) + noise).slice(0, 6_000));
const quoteOf = (source: string, length: number) =>
  fc.oneof(
    fc.constant(source.slice(0, length)),
    pattern.map((unit) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length)),
    fc.string({ minLength: 1, maxLength: length }),
  );
const scenario = fc
  .tuple(text, fc.integer({ min: 1, max: 2_000 }), fc.integer({ min: 0, max: 256 }), fc.nat())
  .chain(([source, length, context, at]) =>
    fc.record({
      text: fc.constant(source),
      exact: quoteOf(source, length).filter((quote) => quote.length > 0),
      prefix: quoteOf(source, Math.max(1, context)).map((value) => value.slice(0, context)),
      suffix: quoteOf(source, Math.max(1, context)).map((value) => value.slice(0, context)),
      start: fc.constant(at % Math.max(1, [...source].length)),
    }),
  );

describe("every search takes at most a set multiple of a linear scan", () => {
  it("re-anchoring a claim in a text that repeats itself", () => {
    fc.assert(
      fc.property(scenario, ({ text, exact, prefix, suffix, start }) => {
        const anchor = { quote: { exact, prefix, suffix }, position: { start, end: start + [...exact].length } };
        expect(within(measureClaim(text, anchor), text, exact)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("placing a quote in a text that repeats itself", () => {
    fc.assert(
      fc.property(scenario, ({ text, exact, prefix, suffix }) => {
        expect(within(measureQuote(text, { exact, prefix, suffix }), text, exact)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  // The cases that were quadratic, at two sizes: eight times the text must stay near eight times the work.
  const families: Record<string, (size: number) => { text: string; anchor: TAnchor }> = {
    "an absent quote": (size) => ({
      text: ARTICLE.repeat(Math.ceil(size / ARTICLE.length)).slice(0, size),
      anchor: {
        quote: { exact: "كلمات غير موجودة في المقال", prefix: "", suffix: "" },
        position: { start: 0, end: 26 },
      },
    }),
    "a quote of the text's own letter": (size) => ({
      text: "ا".repeat(size),
      anchor: {
        quote: { exact: "ا".repeat(999) + "ب", prefix: "ا".repeat(32), suffix: "ا".repeat(32) },
        position: { start: 100, end: 1100 },
      },
    }),
    "a repeated word with long context": (size) => ({
      text: "في ".repeat(size / 3),
      anchor: {
        quote: { exact: "في", prefix: "ق".repeat(256), suffix: "ق".repeat(256) },
        position: { start: 99, end: 101 },
      },
    }),
  };
  for (const [name, make] of Object.entries(families)) {
    it(`grows linearly with the text: ${name}`, () => {
      const small = make(24_000);
      const large = make(192_000);
      const stepsSmall = measureClaim(small.text, small.anchor);
      const stepsLarge = measureClaim(large.text, large.anchor);
      expect(within(stepsLarge, large.text, large.anchor.quote.exact)).toBe(true);
      expect(stepsLarge).toBeLessThan(10 * stepsSmall);
      const quoteSmall = measureQuote(small.text, small.anchor.quote);
      const quoteLarge = measureQuote(large.text, large.anchor.quote);
      expect(quoteLarge).toBeLessThan(10 * quoteSmall);
    });
  }
});

describe("a search past its budget", () => {
  const text = ARTICLE.repeat(20);
  const anchor = {
    quote: { exact: "كلمات غير موجودة في المقال", prefix: "", suffix: "" },
    position: { start: 10, end: 36 },
  };

  it("orphans the claim with a reason instead of searching longer", () => {
    const found = locateClaim(new SearchText(text), anchor, 10, 10_000);
    expect(found.result).toMatchObject({
      status: "orphaned",
      reason: { key: "costly" },
    });
    // With its normal budget the same search ends with the plain answer: the words are not there.
    expect(locateClaim(new SearchText(text), anchor, 10).result).toMatchObject({ reason: { key: "gone" } });
  });

  it("refuses to place a quote as too costly", () => {
    expect(locateQuote(text, anchor.quote, 10_000)).toMatchObject({ ok: false, error: { code: "too_costly" } });
    expect(locateQuote(text, anchor.quote)).toMatchObject({ ok: false, error: { code: "not_found" } });
  });
});
