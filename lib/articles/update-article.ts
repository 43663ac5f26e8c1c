import { reanchorInSlices } from "@/lib/anchoring/reanchor";
import { describeRange } from "@/lib/anchoring/selectors";
import { recordAudit } from "@/lib/audit/record-audit";
import { orphanColumns, orphanReasonOf } from "@/lib/claims/orphan-columns";
import { getDb } from "@/lib/db/client";
import { AppError, forbidden } from "@/lib/errors";
import { errorText } from "@/lib/i18n/error-text";
import { recordArticleEvent } from "@/lib/events/record-event";
import type { Actor } from "@/lib/permissions/actor";
import { canEditArticle } from "@/lib/permissions/rules";
import { toArticleContent } from "./content";
import { findArticleWithText } from "./get-article";
import type { TUpdateArticle } from "./schemas";
import { toArticleJson } from "./serialize";

function contentOf(input: TUpdateArticle, current: { text: string; headings: number[] }) {
  if (input.text === undefined) return current;
  const content = toArticleContent(input.text, "text");
  if (!input.headings) return content;
  const blocks = content.text.split("\n\n").length;
  return { text: content.text, headings: input.headings.filter((i) => i < blocks) };
}

/**
 * Saves a new revision (the old one is kept) and re-anchors every claim on it: a claim whose words
 * cannot be found with confidence is orphaned with a reason, never moved to other words.
 */
export async function updateArticle(actor: Actor, articleId: string, input: TUpdateArticle) {
  const { article, revision } = await findArticleWithText(actor, articleId);
  if (!canEditArticle(actor, article)) throw forbidden(errorText("cannotEditArticle"));
  if (input.revision !== undefined && input.revision !== article.revision) {
    throw new AppError("conflict", errorText("staleRevision", { current: article.revision, yours: input.revision }));
  }
  const content = contentOf(input, revision);
  const textChanged = content.text !== revision.text || content.headings.join() !== revision.headings.join();
  const db = getDb();
  const claims = textChanged
    ? await db.claim.findMany({ where: { articleId, workspaceId: actor.workspaceId, deletedAt: null } })
    : [];
  const report = await reanchorInSlices(
    content.text,
    claims.map((c) => ({
      quote: { exact: c.exact, prefix: c.prefix, suffix: c.suffix },
      position: { start: c.start, end: c.end },
    })),
  );

  return db.$transaction(async (tx) => {
    const number = textChanged ? article.revision + 1 : article.revision;
    const updated = await tx.article.updateMany({
      where: { id: article.id, revision: article.revision },
      data: { revision: number, ...(input.title ? { title: input.title } : {}) },
    });
    if (updated.count === 0) throw new AppError("conflict", errorText("articleSavedMeanwhile"));
    const saved = textChanged
      ? await tx.articleRevision.create({
          data: { workspaceId: actor.workspaceId, articleId, number, ...content, createdById: actor.userId },
        })
      : revision;
    for (const [i, claim] of claims.entries()) {
      const result = report.results[i];
      const data =
        result.status === "anchored"
          ? {
              ...describeRange(content.text, result.start, result.end).quote,
              start: result.start,
              end: result.end,
              anchored: true,
              ...orphanColumns(null),
              revision: number,
            }
          : { anchored: false, ...orphanColumns(result.reason), revision: number };
      await tx.claim.update({ where: { id: claim.id }, data });
      // Following its words is routine; losing them (or finding them again) belongs in the claim's history.
      if (data.anchored !== claim.anchored) {
        const action = data.anchored ? "claim.reanchored" : "claim.orphaned";
        const after = { anchored: data.anchored, orphanReason: orphanReasonOf(data), revision: number };
        await recordAudit(tx, {
          workspaceId: actor.workspaceId,
          claimId: claim.id,
          actorId: actor.userId,
          action,
          before: { anchored: claim.anchored, orphanReason: orphanReasonOf(claim) },
          after,
        });
      }
    }
    const fresh = await tx.article.findUniqueOrThrow({ where: { id: article.id } });
    const json = toArticleJson(fresh, saved);
    await recordArticleEvent(tx, {
      workspaceId: actor.workspaceId,
      articleId,
      actorId: actor.userId,
      type: "article.revised",
      payload: { revision: number, ...report.counts },
    });
    return { article: json, reanchored: report.counts.anchored, orphaned: report.counts.orphaned };
  });
}
