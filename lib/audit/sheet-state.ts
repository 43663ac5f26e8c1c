import type { Prisma } from "@/lib/db/generated/client";
import { dateOnly } from "@/lib/sources/serialize";

type Tx = Prisma.TransactionClient;

/**
 * The claim sheet's content as the history compares it. Read with one query per relation, in turn:
 * inside a transaction pg serves one query at a time.
 */
export async function readSheetState(tx: Tx, claimId: string) {
  const claim = await tx.claim.findUniqueOrThrow({ where: { id: claimId } });
  const rating = claim.ratingId
    ? await tx.rating.findUnique({ where: { id: claim.ratingId }, select: { key: true } })
    : null;
  const tags = await tx.claimTag.findMany({
    where: { claimId },
    orderBy: { position: "asc" },
    include: { tag: { select: { name: true } } },
  });
  const sources = await tx.source.findMany({ where: { claimId }, orderBy: { position: "asc" } });
  return {
    statement: claim.statement,
    claimant: claim.claimantName
      ? { name: claim.claimantName, kind: claim.claimantKind, role: claim.claimantRole }
      : null,
    claimDate: dateOnly(claim.claimDate),
    appearances: claim.appearances,
    tags: tags.map((t) => t.tag.name),
    checkWorthiness: claim.checkWorthiness,
    assigneeId: claim.assigneeId,
    reviewerId: claim.reviewerId,
    verdict: { ratingKey: rating?.key ?? null, conclusion: claim.conclusion, rationale: claim.rationale },
    sources: sources.map((s) => ({
      id: s.id,
      url: s.url,
      title: s.title,
      publisher: s.publisher,
      publishedAt: dateOnly(s.publishedAt),
      archiveUrl: s.archiveUrl,
      excerpt: s.excerpt,
      type: s.type,
      stance: s.stance,
    })),
  };
}

export type TSheetState = Awaited<ReturnType<typeof readSheetState>>;
export type TSheetField = keyof TSheetState;

/** What a reader of the published fact-check sees: changing it dismisses an approval or starts a correction. */
export const PUBLISHED_FIELDS: readonly TSheetField[] = [
  "statement",
  "claimant",
  "claimDate",
  "appearances",
  "verdict",
  "sources",
];

/** The fields that differ, with their values before and after. */
export function diffSheetStates(before: TSheetState, after: TSheetState) {
  const fields = (Object.keys(after) as TSheetField[]).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  const pick = (state: TSheetState) =>
    Object.fromEntries(fields.map((key) => [key, state[key]])) as Prisma.InputJsonObject;
  return { fields, before: pick(before), after: pick(after) };
}
