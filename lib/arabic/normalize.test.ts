import { describe, expect, it } from "vitest";
import { canonicalizeText, containsBidiControls, detectDirection, foldArabic, stripBidiControls } from "./normalize";

describe("foldArabic", () => {
  it("drops harakat, shadda, dagger alef and tatweel", () => {
    expect(foldArabic("مسيّرة مفخّخة")).toBe("مسيره مفخخه");
    expect(foldArabic("هٰذا كتابٌ جمـــيل")).toBe("هذا كتاب جميل");
  });

  it("folds hamza forms, alef maqsura and ta marbuta", () => {
    expect(foldArabic("أإآٱ ى ئ ؤ ة")).toBe("اااا ي ي و ه");
  });

  it("composes first, so a decomposed alef with madda folds like the composed one", () => {
    expect(foldArabic("\u0627\u0653")).toBe("ا");
  });

  it("turns Arabic-Indic and Persian digits into Western digits and lower-cases Latin", () => {
    expect(foldArabic("٦ نوفمبر ٢٠٢١ و۱۲۵ Reuters")).toBe("6 نوفمبر 2021 و125 reuters");
  });
});

describe("bidi controls", () => {
  it("are found and stripped, each reported once", () => {
    const text = "\u202Eabc\u202C \u200Fنص\u200F \u2066x\u2069 \u061C";
    expect(containsBidiControls(text)).toBe(true);
    expect(stripBidiControls(text)).toEqual({
      text: "abc نص x ",
      found: ["\u202E", "\u202C", "\u200F", "\u2066", "\u2069", "\u061C"],
    });
  });

  it("leave clean text alone", () => {
    expect(containsBidiControls("نص عادي")).toBe(false);
    expect(stripBidiControls("نص عادي")).toEqual({ text: "نص عادي", found: [] });
  });
});

describe("detectDirection", () => {
  it("reads Arabic with English names and digits as right-to-left", () => {
    expect(detectDirection("قال المتحدث Ned Price إن 125 شخصاً أصيبوا")).toBe("rtl");
  });

  it("reads English quoting one Arabic word as left-to-right", () => {
    expect(detectDirection("The word الكاظمي appears in the report")).toBe("ltr");
  });

  it("counts Hebrew, Syriac, Thaana and N'Ko as right-to-left", () => {
    for (const text of ["שלום עולם", "ܫܠܡܐ", "ދިވެހި", "ߒߞߏ"]) expect(detectDirection(text)).toBe("rtl");
  });

  it("breaks a tie by the first letter and defaults to left-to-right without letters", () => {
    expect(detectDirection("ab بت")).toBe("ltr");
    expect(detectDirection("بت ab")).toBe("rtl");
    expect(detectDirection("2021 ٢٠٢١ !")).toBe("ltr");
  });
});

describe("canonicalizeText", () => {
  it("separates paragraphs by exactly one blank line, whatever the source used", () => {
    expect(canonicalizeText("أولى\r\nثانية\n\n\n\nثالثة\rرابعة")).toBe("أولى\n\nثانية\n\nثالثة\n\nرابعة");
  });

  it("drops trailing spaces, blank edges and whitespace-only lines", () => {
    expect(canonicalizeText("\n  \nأولى  \t\n   \n  ثانية\u00A0\n\n")).toBe("أولى\n\n  ثانية");
  });

  it("composes to NFC", () => {
    expect(canonicalizeText("\u0627\u0653 e\u0301")).toBe("\u0622 \u00E9");
  });
});
