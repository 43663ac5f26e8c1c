import { detectDirection } from "@/lib/arabic/normalize";
import { claimUrl, standingClaims, type Report, type ReportClaim } from "@/lib/reports/types";
import { ratingLabel } from "./rating-label";
import { richTextToPlain } from "./rich-text";

// W3C Web Annotation Data Model: one Annotation per claim in an AnnotationCollection. Selector
// offsets count Unicode code points in the article's canonical plain text, as the model says.

/** What the annotations point at: the article's own URL, else a stable name for it inside Sanad. */
export const articleTarget = (report: Report) => report.article.sourceUrl ?? `urn:sanad:article:${report.article.id}`;

function textBody(value: string, purpose: string, language: string) {
  return { type: "TextualBody", purpose, value, format: "text/plain", language, textDirection: detectDirection(value) };
}

function bodies(claim: ReportClaim, report: Report) {
  const language = report.article.language;
  const out = [textBody(claim.statement, "describing", language)];
  // The verdict is the assessment; its conclusion and rationale comment on it.
  if (claim.rating) out.push(textBody(ratingLabel(claim.rating, language), "assessing", language));
  if (claim.conclusion) out.push(textBody(claim.conclusion, "commenting", language));
  const rationale = richTextToPlain(claim.rationale);
  if (rationale) out.push(textBody(rationale, "commenting", language));
  for (const tag of claim.tags) out.push(textBody(tag, "tagging", language));
  return out;
}

export function toW3CAnnotation(claim: ReportClaim, report: Report) {
  const { exact, prefix, suffix, start, end } = claim.quote;
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: claimUrl(report, claim.id),
    type: "Annotation",
    motivation: "assessing",
    created: claim.publishedAt,
    modified: claim.updatedAt,
    ...(claim.author ? { creator: { type: "Person", name: claim.author } } : {}),
    body: bodies(claim, report),
    target: {
      type: "SpecificResource",
      source: articleTarget(report),
      selector: [
        { type: "TextQuoteSelector", exact, prefix, suffix },
        { type: "TextPositionSelector", start, end },
      ],
    },
  };
}

export function toW3CAnnotations(report: Report) {
  // Retracted claims' assessments are withdrawn like their ClaimReview.
  const items = standingClaims(report).map((claim) => {
    const { "@context": _context, ...annotation } = toW3CAnnotation(claim, report);
    return annotation;
  });
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: `${report.url}#annotations`,
    type: "AnnotationCollection",
    label: report.article.title,
    total: items.length,
    generator: { type: "Software", name: "Sanad" },
    first: { type: "AnnotationPage", startIndex: 0, items },
  };
}
