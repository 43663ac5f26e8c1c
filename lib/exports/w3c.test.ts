import { describe, expect, it } from "vitest";
import { sliceByCodePoints } from "@/lib/arabic/codepoints";
import { PUBLISHED_CLAIM, REPORT } from "./fixtures";
import { toW3CAnnotations } from "./w3c";

describe("toW3CAnnotations", () => {
  const collection = toW3CAnnotations(REPORT);
  const [first] = collection.first.items;

  it("is an AnnotationCollection with one Annotation per claim on the article", () => {
    expect(collection).toMatchObject({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      type: "AnnotationCollection",
      total: 2,
      label: REPORT.article.title,
    });
    expect(collection.first.items.map((a) => a.id)).toEqual([
      "https://sanad.example.org/r/abc123#claim-claim1",
      "https://sanad.example.org/r/abc123#claim-claim2",
    ]);
    expect(first).toMatchObject({
      type: "Annotation",
      motivation: "assessing",
      created: PUBLISHED_CLAIM.publishedAt,
      creator: { type: "Person", name: "سارة المدققة" },
    });
    expect(first).not.toHaveProperty("@context");
  });

  it("targets the article with a quote selector and a code-point position selector", () => {
    expect(first.target).toEqual({
      type: "SpecificResource",
      source: "https://www.aljazeera.net/news/2021/11/7/kadhimi",
      selector: [
        {
          type: "TextQuoteSelector",
          exact: "طائرة مسيّرة مفخّخة",
          prefix: 'محاولة اغتيال فاشلة، بواسطة "',
          suffix: '"، استهدفت فجر الأحد',
        },
        { type: "TextPositionSelector", start: 80, end: 99 },
      ],
    });
    // 19 code points: each shadda counts on its own, as W3C positions do.
    expect(sliceByCodePoints(`${"x".repeat(80)}طائرة مسيّرة مفخّخة`, 80, 99)).toBe("طائرة مسيّرة مفخّخة");
  });

  it("gives every body its language and direction, the verdict as the assessing body", () => {
    expect(first.body).toEqual([
      {
        type: "TextualBody",
        purpose: "describing",
        value: PUBLISHED_CLAIM.statement,
        format: "text/plain",
        language: "ar",
        textDirection: "rtl",
      },
      {
        type: "TextualBody",
        purpose: "assessing",
        value: "صحيح",
        format: "text/plain",
        language: "ar",
        textDirection: "rtl",
      },
      {
        type: "TextualBody",
        purpose: "commenting",
        value: PUBLISHED_CLAIM.conclusion,
        format: "text/plain",
        language: "ar",
        textDirection: "rtl",
      },
      expect.objectContaining({
        purpose: "commenting",
        value: expect.stringContaining("نفت أي إصابة.\nالبيان الرسمي"),
      }),
      expect.objectContaining({ purpose: "tagging", value: "العراق" }),
      expect.objectContaining({ purpose: "tagging", value: "أمن" }),
    ]);
  });

  it("names an article without a URL by its Sanad id", () => {
    const withoutUrl = toW3CAnnotations({ ...REPORT, article: { ...REPORT.article, sourceUrl: null } });
    expect(withoutUrl.first.items[0].target.source).toBe("urn:sanad:article:article1");
  });
});
