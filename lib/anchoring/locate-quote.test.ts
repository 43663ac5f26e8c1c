import { describe, expect, it } from "vitest";
import { sliceByCodePoints } from "@/lib/arabic/codepoints";
import { ARTICLE } from "./fixtures";
import { locateQuote, type TLocateQuoteResult } from "./locate-quote";

function located(result: TLocateQuoteResult): string {
  if (!result.ok) throw new Error(result.error.code);
  return sliceByCodePoints(ARTICLE, result.start, result.end);
}

describe("locateQuote", () => {
  it("finds a quote that occurs once", () => {
    expect(located(locateQuote(ARTICLE, { exact: "طائرة مسيّرة مفخّخة" }))).toBe("طائرة مسيّرة مفخّخة");
  });

  it("finds a quote pasted without harakat and returns the article's own letters", () => {
    expect(located(locateQuote(ARTICLE, { exact: "طائرة مسيرة مفخخة" }))).toBe("طائرة مسيّرة مفخّخة");
    expect(located(locateQuote(ARTICLE, { exact: "على الأقل" + "، وأصيب ١٢٥" }))).toBe("على الأقلّ، وأصيب 125");
  });

  it("reports a quote that is not in the article", () => {
    const result = locateQuote(ARTICLE, { exact: "طائرة حربية" });
    expect(result).toMatchObject({ ok: false, error: { code: "not_found" } });
  });

  it("reports a repeated quote as ambiguous until a prefix or suffix picks one", () => {
    const exact = "6 نوفمبر/تشرين الثاني 2021";
    expect(locateQuote(ARTICLE, { exact })).toMatchObject({ ok: false, error: { code: "ambiguous" } });
    const saturday = locateQuote(ARTICLE, { exact, prefix: "السبت" });
    const sunday = locateQuote(ARTICLE, { exact, prefix: "فجر الأحد " });
    expect(saturday.ok && sunday.ok && saturday.start > sunday.start).toBe(true);
    expect(located(locateQuote(ARTICLE, { exact, suffix: "، أمام إحدى" }))).toBe(exact);
  });

  it("reports a prefix that matches none of the occurrences", () => {
    const result = locateQuote(ARTICLE, { exact: "المنطقة الخضراء", prefix: "خارج" });
    expect(result).toMatchObject({ ok: false, error: { code: "not_found" } });
  });
});
