import { describe, expect, it } from "vitest";
import { missingClaimReviewFields } from "./claim-review-fields";
import { jsonForScript, toClaimReview } from "./claim-review";
import { PUBLISHED_CLAIM, REPORT, UNVERIFIABLE_CLAIM } from "./fixtures";

describe("toClaimReview", () => {
  it("builds the schema.org ClaimReview of a published claim, every required and recommended field present", () => {
    const review = toClaimReview(PUBLISHED_CLAIM, REPORT);
    expect(review).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "https://sanad.example.org/r/abc123#claim-claim1",
      claimReviewed: "الكاظمي نجا من هجوم بطائرة مسيّرة مفخّخة",
      reviewRating: {
        "@type": "Rating",
        alternateName: "صحيح",
        name: "صحيح",
        ratingValue: 5,
        bestRating: 5,
        worstRating: 1,
        ratingExplanation: "الهجوم وقع فعلاً بطائرة مسيّرة، بحسب بيانات رسمية متطابقة.",
      },
      author: {
        "@type": "Organization",
        name: "سند للتحقق",
        url: "https://sanad.example.org",
        logo: { "@type": "ImageObject", url: "https://sanad.example.org/logo.png" },
      },
      datePublished: "2026-11-21",
      inLanguage: "ar",
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Organization", name: "قيادة العمليات المشتركة", description: "جهة رسمية" },
        datePublished: "2021-11-07",
        appearance: [
          { "@type": "CreativeWork", url: "https://www.aljazeera.net/news/2021/11/7/kadhimi" },
          { "@type": "CreativeWork", url: "https://x.com/SMCIraq/status/1457" },
        ],
        firstAppearance: { "@type": "CreativeWork", url: "https://www.aljazeera.net/news/2021/11/7/kadhimi" },
      },
    });
    expect(missingClaimReviewFields(review)).toEqual([]);
  });

  it("gives a person's claim the Person type with the role as jobTitle, and English labels for English articles", () => {
    const claim = {
      ...PUBLISHED_CLAIM,
      claimant: { name: "Ned Price", kind: "PERSON" as const, role: "State Department spokesman" },
    };
    const review = toClaimReview(claim, {
      ...REPORT,
      article: { ...REPORT.article, language: "en", direction: "ltr" },
    });
    expect(review.itemReviewed?.author).toEqual({
      "@type": "Person",
      name: "Ned Price",
      jobTitle: "State Department spokesman",
    });
    expect(review.reviewRating).toMatchObject({ alternateName: "True", name: "True" });
    expect(review.inLanguage).toBe("en");
  });

  it("carries only the label for a verdict off the numeric scale, and dateModified after a correction", () => {
    const review = toClaimReview(UNVERIFIABLE_CLAIM, REPORT);
    expect(review.reviewRating).toEqual({
      "@type": "Rating",
      alternateName: "لا يمكن التحقق",
      name: "لا يمكن التحقق",
      ratingExplanation: "@لا تتوفر أرقام مستقلة.",
    });
    expect(review.dateModified).toBe("2026-11-22");
    expect(missingClaimReviewFields(review)).toEqual([
      "reviewRating.ratingValue",
      "reviewRating.bestRating",
      "reviewRating.worstRating",
    ]);
  });

  it("leaves unknown fields out instead of sending empty ones, and the validator names each of them", () => {
    const bare = {
      ...PUBLISHED_CLAIM,
      claimant: null,
      claimDate: null,
      appearances: [],
      rating: null,
      conclusion: null,
    };
    const review = toClaimReview(bare, REPORT);
    expect(JSON.stringify(review)).not.toContain("null");
    expect(missingClaimReviewFields(review)).toEqual([
      "reviewRating.alternateName",
      "reviewRating.name",
      "reviewRating.ratingValue",
      "reviewRating.bestRating",
      "reviewRating.worstRating",
      "reviewRating.ratingExplanation",
      "itemReviewed.author.@type",
      "itemReviewed.author.name",
      "itemReviewed.datePublished",
      "itemReviewed.appearance",
      "itemReviewed.firstAppearance.url",
    ]);
  });

  it.each([
    ["url", { url: "not a url" }],
    ["claimReviewed", { claimReviewed: " " }],
    ["author.name", { author: { "@type": "Organization" } }],
    ["datePublished", { datePublished: undefined }],
    ["inLanguage", { inLanguage: "" }],
  ])("the validator fails when %s is missing or malformed", (path, change) => {
    const review = { ...toClaimReview(PUBLISHED_CLAIM, REPORT), ...change };
    expect(missingClaimReviewFields(review)).toEqual([path]);
  });
});

describe("jsonForScript", () => {
  it("cannot close the script element or open markup, and parses back to the same value", () => {
    const value = { claimReviewed: "</script><script>alert(1)</script> & <!-- \u2028" };
    const text = jsonForScript(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
