import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { TClaimSheet } from "@/lib/claim-sheet/serialize";
import type { TRichTextNode } from "@/lib/rich-text/validate";
import type { ReportClaim } from "./types";

// THE one place reports read claims from. Everything public (the report page, exports, PDF) goes
// through here, and it reads only the frozen `ClaimPublication` snapshots: a draft, a review, a comment
// or a correction still under review can never leave Sanad; the last published version stays public
// until a correction is published in its place. A retracted claim stays, marked with its note (the
// published record is append-only); renderers withdraw its ClaimReview.

type TPublication = {
  sheet: unknown;
  publishedAt: Date;
  publishedById: string;
  correctionNote: string | null;
  number: number;
};
type TRow = { publications: TPublication[]; retractedAt: Date | null; retractionNote: string | null };

function toReportClaim({ publications, retractedAt, retractionNote }: TRow, people: Map<string, string>): ReportClaim {
  const latest = publications[publications.length - 1];
  const sheet = latest.sheet as TClaimSheet;
  const reviewerId = sheet.workflow?.approvedById ?? latest.publishedById;
  return {
    id: sheet.id,
    quote: sheet.selector,
    anchored: sheet.anchored,
    statement: sheet.statement,
    claimant: sheet.claimant,
    claimDate: sheet.claimDate,
    appearances: sheet.appearances.map((a) => a.url),
    tags: sheet.tags,
    rating: sheet.verdict.rating && {
      key: sheet.verdict.rating.key,
      labelAr: sheet.verdict.rating.labelAr,
      labelEn: sheet.verdict.rating.labelEn,
      value: sheet.verdict.rating.value,
      color: sheet.verdict.rating.color,
    },
    conclusion: sheet.verdict.conclusion,
    rationale: (sheet.verdict.rationale as TRichTextNode | null) ?? null,
    sources: sheet.sources.map((s, i) => ({
      number: i + 1,
      url: s.url,
      title: s.title,
      publisher: s.publisher,
      publishedAt: s.publishedAt,
      accessedAt: s.accessedAt,
      archiveUrl: s.archiveUrl,
      excerpt: s.excerpt,
      type: s.type,
      stance: s.stance,
    })),
    author: people.get(sheet.assignee?.id ?? sheet.createdById) ?? people.get(sheet.createdById) ?? null,
    reviewer: people.get(reviewerId) ?? null,
    publishedAt: publications[0].publishedAt.toISOString(),
    updatedAt: latest.publishedAt.toISOString(),
    corrections: publications.flatMap((p) =>
      p.correctionNote ? [{ date: p.publishedAt.toISOString(), number: p.number, note: p.correctionNote }] : [],
    ),
    retraction: retractedAt ? { date: retractedAt.toISOString(), note: retractionNote ?? "" } : null,
  };
}

/**
 * The article's published claims in reading order, optionally only those in `claimIds`.
 * Callers have already checked that the article belongs to `workspaceId`.
 */
export async function listPublishedClaims(
  workspaceId: string,
  articleId: string,
  claimIds?: string[],
  db: Prisma.TransactionClient = getDb(),
): Promise<ReportClaim[]> {
  const rows = await db.claim.findMany({
    where: {
      workspaceId,
      articleId,
      deletedAt: null,
      publications: { some: {} },
      ...(claimIds ? { id: { in: claimIds } } : {}),
    },
    orderBy: [{ anchored: "desc" }, { start: "asc" }, { end: "desc" }, { createdAt: "asc" }],
    select: {
      retractedAt: true,
      retractionNote: true,
      publications: {
        orderBy: { number: "asc" },
        select: { sheet: true, publishedAt: true, publishedById: true, correctionNote: true, number: true },
      },
    },
  });
  const userIds = new Set<string>();
  for (const { publications } of rows) {
    const sheet = publications[publications.length - 1].sheet as TClaimSheet;
    for (const id of [
      sheet.createdById,
      sheet.assignee?.id,
      sheet.workflow?.approvedById,
      ...publications.map((p) => p.publishedById),
    ])
      if (id) userIds.add(id);
  }
  // Names are shown for people still in the workspace; those who left are not named publicly.
  const users = await db.user.findMany({
    where: { id: { in: [...userIds] }, memberships: { some: { workspaceId } } },
    select: { id: true, name: true },
  });
  const people = new Map(users.map((u) => [u.id, u.name]));
  return rows.map((row) => toReportClaim(row, people));
}
