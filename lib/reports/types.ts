import type { TRichTextNode } from "@/lib/rich-text/validate";

// What a published report is made of, as plain data: every export and the public page take these
// and nothing else, so they never reach for drafts, reviews or comments.

export type ClaimantKind = "PERSON" | "ORGANIZATION" | "PUBLICATION" | "SOCIAL_ACCOUNT";

export type ReportRating = { key: string; labelAr: string; labelEn: string; value: number | null; color: string };

/** The workspace's active scale in order (ClaimReview needs its bounds; the page shows each verdict's place on it). */
export type ReportScale = { ratings: ReportRating[]; bestRating: number | null; worstRating: number | null };

export type ReportSource = {
  number: number;
  url: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  accessedAt: string;
  archiveUrl: string | null;
  excerpt: string | null;
  type: string;
  stance: string;
};

export type ReportClaim = {
  id: string;
  /** The words quoted from the article, with their W3C selectors (code points). */
  quote: { exact: string; prefix: string; suffix: string; start: number; end: number };
  anchored: boolean;
  statement: string;
  claimant: { name: string; kind: ClaimantKind; role: string | null } | null;
  /** YYYY-MM-DD, the date the claim was made. */
  claimDate: string | null;
  /** Where the claim appeared, the article first. */
  appearances: string[];
  tags: string[];
  rating: ReportRating | null;
  conclusion: string | null;
  rationale: TRichTextNode | null;
  sources: ReportSource[];
  author: string | null;
  reviewer: string | null;
  /** ISO timestamps of the publication and of the last published change. */
  publishedAt: string;
  updatedAt: string;
  /** Publications 2, 3…: each correction's note. */
  corrections: { date: string; number: number; note: string }[];
  /** Set once the claim is retracted: it stays on the report, marked, and has no ClaimReview any more. */
  retraction: { date: string; note: string } | null;
};

/** The claims that still stand behind a ClaimReview (retracted ones are withdrawn from every feed). */
export const standingClaims = (report: Pick<Report, "claims">) => report.claims.filter((c) => !c.retraction);

export type ReportArticle = {
  id: string;
  title: string;
  language: string;
  direction: "rtl" | "ltr";
  sourceUrl: string | null;
  publisher: string | null;
  publishedAt: string | null;
};

export type ReportOrg = {
  name: string;
  url: string | null;
  logoUrl: string | null;
  methodologyUrl: string | null;
  correctionsPolicyUrl: string | null;
};

export type Report = {
  article: ReportArticle;
  org: ReportOrg;
  scale: ReportScale;
  claims: ReportClaim[];
  /** The public page's absolute URL; each claim's ClaimReview url is its anchor on it. */
  url: string;
};

export const claimAnchor = (claimId: string) => `claim-${claimId}`;
export const claimUrl = (report: Pick<Report, "url">, claimId: string) => `${report.url}#${claimAnchor(claimId)}`;
