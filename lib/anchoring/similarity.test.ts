import { describe, expect, it } from "vitest";
import { countEdits, countEditsToEachEnd, rateContextAgreement } from "./similarity";

describe("countEdits", () => {
  it("counts insertions, deletions and substitutions in code points", () => {
    expect(countEdits("لانفجار واحد", "لانفجارين")).toBe(5);
    expect(countEdits("", "abc")).toBe(3);
    expect(countEdits("🇮🇶", "🇸🇦")).toBe(2);
    expect(countEdits("a👨‍👩‍👧", "a")).toBe(5);
  });
});

describe("rateContextAgreement", () => {
  it("is 1 for the same context and 0 for unrelated text", () => {
    expect(rateContextAgreement("في بغداد، في هجوم لم تتبنّه", "في بغداد، في هجوم لم تتبنّه")).toBe(1);
    expect(rateContextAgreement("نجا رئيس الوزراء العراقي مصطفى", "Reuters said on Sunday that the")).toBe(0);
  });

  it("stays high when a word was inserted next to the quote", () => {
    const agreement = rateContextAgreement("رئيس الوزراء العراقي مصطفى الكاظمي", "الوزراء العراقي مصطفى الكاظمي نفسه");
    expect(agreement).toBeGreaterThan(0.5);
    expect(agreement).toBeLessThan(1);
  });
});

describe("countEditsToEachEnd", () => {
  it("gives the edits between the quote and every beginning of the text", () => {
    const quote = [..."فرز 👍🏽"];
    const text = [..."فرز 👍🏽 الأصوات"];
    const edits = countEditsToEachEnd(quote, text);
    expect(edits).toHaveLength(text.length + 1);
    edits.forEach((count, end) => expect(count).toBe(countEdits(quote.join(""), text.slice(0, end).join(""))));
    expect(edits[quote.length]).toBe(0);
  });
});
