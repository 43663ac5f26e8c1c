import { describe, expect, it } from "vitest";
import { sliceByCodePoints } from "./codepoints";
import { findFoldedOccurrences, foldForSearch } from "./folded-search";

const TEXT = 'بواسطة "طائرة مسيّرة مفخّخة"، استهدفت فجر الأحد 6 نوفمبر/تشرين الثاني 2021،\nمقرّ إقامته 👨‍👩‍👧 في بغداد';
const found = (query: string) =>
  findFoldedOccurrences(foldForSearch(TEXT), query).map((range) => sliceByCodePoints(TEXT, range.start, range.end));

describe("findFoldedOccurrences", () => {
  it("finds a quote typed without harakat and maps it back to the original letters", () => {
    expect(found("طائره مسيرة مفخخة")).toEqual(["طائرة مسيّرة مفخّخة"]);
  });

  it("matches Arabic-Indic digits and ignores how lines and spaces were broken", () => {
    expect(found("الثاني ٢٠٢١، مقر")).toEqual(["الثاني 2021،\nمقر"]);
    expect(found("  الأحد   6  ")).toEqual(["الأحد 6"]);
  });

  it("counts offsets in code points past emoji", () => {
    expect(found("في بغداد")).toEqual(["في بغداد"]);
  });

  it("returns nothing for a query that folds to nothing", () => {
    expect(findFoldedOccurrences(foldForSearch(TEXT), "ّ ً")).toEqual([]);
  });
});
