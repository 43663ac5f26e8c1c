import type { z } from "zod";
import { codePointLength } from "@/lib/arabic/codepoints";
import { toClaimJson } from "@/lib/claims/serialize";
import type { Prisma } from "@/lib/db/generated/client";
import { toRatingRef } from "@/lib/ratings/serialize";
import { dateOnly, toSourceJson } from "@/lib/sources/serialize";
import type { ZClaimSheet } from "./schemas";

export type TClaimSheet = z.infer<typeof ZClaimSheet>;
type TRichText = TClaimSheet["verdict"]["rationale"];

export const SHEET_INCLUDE = {
  article: { select: { sourceUrl: true } },
  assignee: { select: { id: true, name: true } },
  reviewer: { select: { id: true, name: true } },
  publications: { orderBy: { number: "desc" }, take: 1, select: { number: true, version: true, publishedAt: true } },
  rating: true,
  sources: { orderBy: { position: "asc" } },
  tags: { orderBy: { position: "asc" }, include: { tag: { select: { name: true } } } },
} satisfies Prisma.ClaimInclude;

export type TSheetRow = Prisma.ClaimGetPayload<{ include: typeof SHEET_INCLUDE }>;

// ClaimReview's claimReviewed should stay under ~75 characters; longer statements get a hint.
const STATEMENT_HINT_LENGTH = 75;

/** The article's own URL is always the first appearance; the others are stored on the claim. */
function appearancesOf(articleUrl: string | null, stored: string[]) {
  return [
    ...(articleUrl ? [{ url: articleUrl, fromArticle: true }] : []),
    ...stored.map((url) => ({ url, fromArticle: false })),
  ];
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

type TPerson = { id: string; name: string | null };

/** What the sheet's review bar shows beyond the claim row: names, and the latest request for changes. */
export type TWorkflowExtras = {
  person: (id: string | null) => TPerson | null;
  changesRequested: { note: string; by: TPerson | null; at: string } | null;
};

/**
 * Where the claim is in review; `correcting`: published before, and a newer version is under way.
 * `changesRequested`: the reviewer's note while the claim waits for those changes (until resubmitted).
 */
function workflowOf(claim: TSheetRow, extras: TWorkflowExtras) {
  const published = claim.publications[0];
  return {
    reviewStartedAt: iso(claim.reviewStartedAt),
    submittedAt: iso(claim.submittedAt),
    submittedById: claim.submittedById,
    approvedAt: iso(claim.approvedAt),
    approvedById: claim.approvedById,
    approvedBy: extras.person(claim.approvedById),
    changesRequested: claim.status === "CHANGES_REQUESTED" ? extras.changesRequested : null,
    retracted: claim.retractedAt
      ? {
          at: claim.retractedAt.toISOString(),
          by: extras.person(claim.retractedById),
          note: claim.retractionNote ?? "",
        }
      : null,
    published: published
      ? { number: published.number, version: published.version, publishedAt: published.publishedAt.toISOString() }
      : null,
    correcting: Boolean(published) && claim.status !== "PUBLISHED",
  };
}

const NO_EXTRAS: TWorkflowExtras = { person: (id) => (id ? { id, name: null } : null), changesRequested: null };

export function toClaimSheetJson(claim: TSheetRow, extras: TWorkflowExtras = NO_EXTRAS): TClaimSheet {
  const statement = claim.statement ?? claim.exact;
  return {
    ...toClaimJson(claim),
    version: claim.version,
    statement,
    statementHint: codePointLength(statement) > STATEMENT_HINT_LENGTH,
    claimant:
      claim.claimantName && claim.claimantKind
        ? { name: claim.claimantName, kind: claim.claimantKind, role: claim.claimantRole }
        : null,
    claimDate: dateOnly(claim.claimDate),
    appearances: appearancesOf(claim.article.sourceUrl, claim.appearances),
    tags: claim.tags.map((t) => t.tag.name),
    checkWorthiness: claim.checkWorthiness,
    assignee: claim.assignee,
    reviewer: claim.reviewer,
    workflow: workflowOf(claim, extras),
    sources: claim.sources.map(toSourceJson),
    verdict: {
      rating: claim.rating ? toRatingRef(claim.rating) : null,
      conclusion: claim.conclusion,
      // Stored only after lib/rich-text/validate.ts checked it.
      rationale: claim.rationale as TRichText,
    },
  };
}
