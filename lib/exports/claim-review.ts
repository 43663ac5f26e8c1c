import { claimUrl, standingClaims, type ClaimantKind, type Report, type ReportClaim } from "@/lib/reports/types";
import { ratingLabel } from "./rating-label";
import { isHttpUrl } from "./rich-text";

// One schema.org ClaimReview per published claim (docs/architecture.md, "Reports and exports").
// Fields that are unknown are left out rather than sent empty: search engines treat "" as a value.

// A publication is an organisation; a social account is taken as a person's unless marked otherwise.
const AUTHOR_TYPE: Record<ClaimantKind, "Person" | "Organization"> = {
  PERSON: "Person",
  ORGANIZATION: "Organization",
  PUBLICATION: "Organization",
  SOCIAL_ACCOUNT: "Person",
};

const compact = <T extends Record<string, unknown>>(value: T) =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>;

const dateOf = (iso: string) => iso.slice(0, 10);

function claimAuthor(claimant: ReportClaim["claimant"]) {
  if (!claimant) return undefined;
  const type = AUTHOR_TYPE[claimant.kind];
  return compact({
    "@type": type,
    name: claimant.name,
    [type === "Person" ? "jobTitle" : "description"]: claimant.role,
  });
}

function reviewRating(claim: ReportClaim, report: Report) {
  if (!claim.rating) return undefined;
  const label = ratingLabel(claim.rating, report.article.language);
  const numeric = claim.rating.value !== null && report.scale.bestRating !== null && report.scale.worstRating !== null;
  return compact({
    "@type": "Rating",
    alternateName: label,
    name: label,
    // A verdict off the numeric scale (e.g. unverifiable) carries its label only.
    ratingValue: numeric ? claim.rating.value : null,
    bestRating: numeric ? report.scale.bestRating : null,
    worstRating: numeric ? report.scale.worstRating : null,
    ratingExplanation: claim.conclusion,
  });
}

function organisation(report: Report) {
  const { org } = report;
  return compact({
    "@type": "Organization",
    name: org.name,
    url: isHttpUrl(org.url) ? org.url : null,
    logo: isHttpUrl(org.logoUrl) ? { "@type": "ImageObject", url: org.logoUrl } : null,
  });
}

export function toClaimReview(claim: ReportClaim, report: Report) {
  const work = (url: string) => ({ "@type": "CreativeWork", url });
  return compact({
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: claimUrl(report, claim.id),
    claimReviewed: claim.statement,
    reviewRating: reviewRating(claim, report),
    author: organisation(report),
    datePublished: dateOf(claim.publishedAt),
    dateModified: claim.updatedAt !== claim.publishedAt ? dateOf(claim.updatedAt) : null,
    inLanguage: report.article.language,
    itemReviewed: compact({
      "@type": "Claim",
      author: claimAuthor(claim.claimant),
      datePublished: claim.claimDate,
      appearance: claim.appearances.length > 0 ? claim.appearances.map(work) : null,
      firstAppearance: claim.appearances.length > 0 ? work(claim.appearances[0]) : null,
    }),
  });
}

export type TClaimReview = ReturnType<typeof toClaimReview>;

/** One ClaimReview per claim that still stands: a retracted claim's is withdrawn. */
export const toClaimReviews = (report: Report) => standingClaims(report).map((claim) => toClaimReview(claim, report));

/** JSON for a `<script type="application/ld+json">`: nothing in it can close the script or open markup. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
