import type { Report, ReportClaim } from "@/lib/reports/types";

// A report on the seed article after a full check: two published claims, one with a person as
// claimant and a numeric verdict, one by an organisation rated off the numeric scale.

const RATIONALE = {
  type: "doc",
  content: [
    {
      type: "paragraph",
      attrs: { dir: "rtl" },
      content: [
        { type: "text", text: "أكدت خلية الإعلام الأمني الخبر في بيان [1]، و" },
        { type: "text", text: "نفت", marks: [{ type: "bold" }] },
        { type: "text", text: " أي إصابة." },
      ],
    },
    {
      type: "bulletList",
      content: [
        {
          type: "listItem",
          content: [
            {
              type: "paragraph",
              content: [
                {
                  type: "text",
                  text: "البيان الرسمي",
                  marks: [{ type: "link", attrs: { href: "https://example.gov.iq/statement?a=1&b=2" } }],
                },
              ],
            },
          ],
        },
      ],
    },
    {
      type: "paragraph",
      attrs: { dir: "ltr" },
      content: [{ type: "text", text: "<script>alert(1)</script> stays text" }],
    },
  ],
};

export const PUBLISHED_CLAIM: ReportClaim = {
  id: "claim1",
  quote: {
    exact: "طائرة مسيّرة مفخّخة",
    prefix: 'محاولة اغتيال فاشلة، بواسطة "',
    suffix: '"، استهدفت فجر الأحد',
    start: 80,
    end: 99,
  },
  anchored: true,
  statement: "الكاظمي نجا من هجوم بطائرة مسيّرة مفخّخة",
  claimant: { name: "قيادة العمليات المشتركة", kind: "ORGANIZATION", role: "جهة رسمية" },
  claimDate: "2021-11-07",
  appearances: ["https://www.aljazeera.net/news/2021/11/7/kadhimi", "https://x.com/SMCIraq/status/1457"],
  tags: ["العراق", "أمن"],
  rating: { key: "true", labelAr: "صحيح", labelEn: "True", value: 5, color: "#1a7f37" },
  conclusion: "الهجوم وقع فعلاً بطائرة مسيّرة، بحسب بيانات رسمية متطابقة.",
  rationale: RATIONALE,
  sources: [
    {
      number: 1,
      url: "https://example.gov.iq/statement",
      title: "بيان خلية الإعلام الأمني",
      publisher: "خلية الإعلام الأمني",
      publishedAt: "2021-11-07",
      accessedAt: "2026-11-20T10:00:00.000Z",
      archiveUrl: "https://web.archive.org/web/2021/https://example.gov.iq/statement",
      excerpt: "تعرض مقر رئيس الوزراء لهجوم بطائرة مسيرة",
      type: "OFFICIAL_STATEMENT",
      stance: "SUPPORTS",
    },
    {
      number: 2,
      url: "https://www.reuters.com/world/middle-east/iraqi-pm",
      title: '=HYPERLINK("https://evil.example","click")',
      publisher: null,
      publishedAt: null,
      accessedAt: "2026-11-20T10:05:00.000Z",
      archiveUrl: null,
      excerpt: null,
      type: "NEWS_REPORT",
      stance: "CONTEXT",
    },
  ],
  author: "سارة المدققة",
  reviewer: "علي المحرر",
  publishedAt: "2026-11-21T09:00:00.000Z",
  updatedAt: "2026-11-21T09:00:00.000Z",
  corrections: [],
  retraction: null,
};

export const UNVERIFIABLE_CLAIM: ReportClaim = {
  ...PUBLISHED_CLAIM,
  id: "claim2",
  quote: { exact: "أصيب 125 آخرون بجروح", prefix: "", suffix: "", start: 1200, end: 1220 },
  statement: "+أصيب 125 شخصاً في مواجهات المنطقة الخضراء",
  claimant: { name: "وزارة الصحة", kind: "ORGANIZATION", role: null },
  rating: { key: "unverifiable", labelAr: "لا يمكن التحقق", labelEn: "Unverifiable", value: null, color: "#6e7781" },
  conclusion: "@لا تتوفر أرقام مستقلة.",
  rationale: null,
  sources: [],
  tags: [],
  updatedAt: "2026-11-22T09:00:00.000Z",
  corrections: [{ date: "2026-11-22", number: 2, note: "صُحح عدد المصابين." }],
};

export const REPORT: Report = {
  article: {
    id: "article1",
    title: "نجاة الكاظمي من محاولة اغتيال بطائرة مسيّرة مفخّخة",
    language: "ar",
    direction: "rtl",
    sourceUrl: "https://www.aljazeera.net/news/2021/11/7/kadhimi",
    publisher: "الجزيرة نت",
    publishedAt: "2021-11-07",
  },
  org: {
    name: "سند للتحقق",
    url: "https://sanad.example.org",
    logoUrl: "https://sanad.example.org/logo.png",
    methodologyUrl: "https://sanad.example.org/method",
    correctionsPolicyUrl: "https://sanad.example.org/corrections",
  },
  scale: {
    ratings: [
      { key: "true", labelAr: "صحيح", labelEn: "True", value: 5, color: "#1a7f37" },
      { key: "misleading", labelAr: "مضلل", labelEn: "Misleading", value: 2, color: "#d1570e" },
      { key: "false", labelAr: "زائف", labelEn: "False", value: 1, color: "#cf222e" },
      { key: "unverifiable", labelAr: "لا يمكن التحقق", labelEn: "Unverifiable", value: null, color: "#6e7781" },
    ],
    bestRating: 5,
    worstRating: 1,
  },
  claims: [PUBLISHED_CLAIM, UNVERIFIABLE_CLAIM],
  url: "https://sanad.example.org/r/abc123",
};
