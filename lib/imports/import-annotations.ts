import { findArticleWithText } from "@/lib/articles/get-article";
import { describeRange } from "@/lib/anchoring/selectors";
import { recordAudit } from "@/lib/audit/record-audit";
import { codePointLength } from "@/lib/arabic/codepoints";
import { toClaimJson } from "@/lib/claims/serialize";
import { getDb } from "@/lib/db/client";
import { recordArticleEvent } from "@/lib/events/record-event";
import { assertCan, type Actor } from "@/lib/permissions/actor";
import type { TW3CImport } from "./parse-w3c";
import { orphanColumns } from "@/lib/claims/orphan-columns";
import { localizeErrorText } from "@/lib/i18n/error-text";
import type { Locale } from "@/lib/i18n/locales";
import { placeAnnotations } from "./place-annotations";

/**
 * Imported annotations become draft claims, placed by placeAnnotations; anything it cannot place with
 * confidence is kept as an orphan with the reason, for a person to re-attach. A describing body becomes
 * the statement, an assessing body that names a rating on the scale becomes the verdict, a commenting one
 * the conclusion. Each claim's history starts with its creation, marked as imported. `locale`: the
 * language of the reasons items were skipped for.
 */
export async function importAnnotations(
  actor: Actor,
  articleId: string,
  { annotations, skipped }: TW3CImport,
  locale: Locale = "en",
) {
  assertCan(actor, "createClaims");
  const { article, revision } = await findArticleWithText(actor, articleId);
  const text = revision.text;
  const anchors = annotations.map((a) => ({
    quote: a.quote,
    position: a.position ?? { start: 0, end: codePointLength(a.quote.exact) },
  }));
  const results = await placeAnnotations(text, anchors);
  const ratings = await getDb().rating.findMany({ where: { workspaceId: actor.workspaceId, retiredAt: null } });
  const ratingOf = (label: string | null) =>
    ratings.find((r) => label !== null && [r.labelAr, r.labelEn, r.key].includes(label))?.id ?? null;

  return getDb().$transaction(async (tx) => {
    const created = [];
    for (const [i, annotation] of annotations.entries()) {
      const result = results[i];
      const place =
        result.status === "anchored"
          ? {
              ...describeRange(text, result.start, result.end).quote,
              start: result.start,
              end: result.end,
              anchored: true,
            }
          : { ...annotation.quote, ...anchors[i].position, anchored: false, ...orphanColumns(result.reason) };
      const claim = await tx.claim.create({
        data: {
          workspaceId: actor.workspaceId,
          articleId: article.id,
          revision: revision.number,
          createdById: actor.userId,
          assigneeId: actor.userId,
          ...place,
          statement:
            annotation.statement !== null && annotation.statement !== place.exact ? annotation.statement : null,
          ratingId: ratingOf(annotation.assessment),
          conclusion: annotation.comment,
        },
      });
      const json = toClaimJson(claim);
      await recordAudit(tx, {
        workspaceId: actor.workspaceId,
        claimId: claim.id,
        actorId: actor.userId,
        action: "claim.created",
        after: { status: claim.status, selector: json.selector, revision: claim.revision, imported: true },
      });
      await recordArticleEvent(tx, {
        workspaceId: actor.workspaceId,
        articleId: article.id,
        actorId: actor.userId,
        type: "claim.created",
        claimId: claim.id,
        payload: json,
      });
      created.push({ index: annotation.index, claim: json });
    }
    return {
      created: created.length,
      anchored: created.filter((c) => c.claim.anchored).length,
      orphaned: created
        .filter((c) => !c.claim.anchored)
        .map((c) => ({ index: c.index, id: c.claim.id, exact: c.claim.selector.exact, reason: c.claim.orphanReason })),
      skipped: skipped.map(({ index, reason }) => ({ index, reason: localizeErrorText(reason, locale) })),
      claims: created.map((c) => c.claim),
    };
  });
}
