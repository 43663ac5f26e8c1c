import { getDb } from "@/lib/db/client";
import { SHEET_INCLUDE, toClaimSheetJson, type TClaimSheet } from "@/lib/claim-sheet/serialize";
import type { TRichTextNode } from "@/lib/rich-text/validate";
import type { ReportClaim } from "./types";

// THE one place reports read claims from. Everything public (the report page, exports, PDF) goes
// through here, so only PUBLISHED claims can ever leave Sanad. Until the review workflow stores a
// snapshot per publication, the published claim's current sheet stands for what was published.

function toReportClaim(sheet: TClaimSheet, people: Map<string, string>): ReportClaim {
  return {
    id: sheet.id,
    quote: sheet.selector,
    anchored: sheet.anchored,
    statement: sheet.statement,
    claimant: sheet.claimant,
    claimDate: sheet.claimDate,
    appearances: sheet.appearances.map((a) => a.url),
    tags: sheet.tags,
    rating: sheet.verdict.rating && { key: sheet.verdict.rating.key, labelAr: sheet.verdict.rating.labelAr, labelEn: sheet.verdict.rating.labelEn, value: sheet.verdict.rating.value, color: sheet.verdict.rating.color },
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
    author: people.get(sheet.createdById) ?? null,
    reviewer: null,
    publishedAt: sheet.updatedAt,
    updatedAt: sheet.updatedAt,
    corrections: [],
  };
}

/**
 * The article's published claims in reading order, optionally only those in `claimIds`.
 * Callers have already checked that the article belongs to `workspaceId`.
 */
export async function listPublishedClaims(workspaceId: string, articleId: string, claimIds?: string[]): Promise<ReportClaim[]> {
  const db = getDb();
  const rows = await db.claim.findMany({
    where: { workspaceId, articleId, status: "PUBLISHED", deletedAt: null, ...(claimIds ? { id: { in: claimIds } } : {}) },
    orderBy: [{ anchored: "desc" }, { start: "asc" }, { end: "desc" }, { createdAt: "asc" }],
    include: SHEET_INCLUDE,
  });
  const userIds = [...new Set(rows.map((r) => r.createdById))];
  const users = await db.user.findMany({ where: { id: { in: userIds }, memberships: { some: { workspaceId } } }, select: { id: true, name: true } });
  const people = new Map(users.map((u) => [u.id, u.name]));
  return rows.map((row) => toReportClaim(toClaimSheetJson(row), people));
}
