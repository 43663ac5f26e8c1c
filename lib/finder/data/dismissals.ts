import { getDb } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { errorText } from "@/lib/i18n/error-text";
import { assertCan, type Actor } from "@/lib/permissions/actor";
import { computeSuggestions, hashQuote } from "./article-suggestions";
import type { TDismissSuggestion } from "./schemas";

const toJson = (d: { id: string; quote: string; createdAt: Date }) => ({
  id: d.id,
  quote: d.quote,
  createdAt: d.createdAt.toISOString(),
});

/** Hides the suggestion at {start, end} of the current text on this article (again: no change). */
export async function dismissSuggestion(actor: Actor, articleId: string, input: TDismissSuggestion) {
  assertCan(actor, "createClaims");
  const { article, suggestions } = await computeSuggestions(actor, articleId);
  const suggestion = suggestions.find((s) => s.start === input.start && s.end === input.end);
  if (!suggestion) {
    throw new AppError("validation_failed", errorText("fieldsNeedFixing"), {
      start: errorText("noSuggestionHere", { start: input.start, end: input.end }),
    });
  }
  const quoteHash = hashQuote(suggestion.quote);
  const dismissal = await getDb().suggestionDismissal.upsert({
    where: { articleId_quoteHash: { articleId: article.id, quoteHash } },
    create: {
      workspaceId: actor.workspaceId,
      articleId: article.id,
      quote: suggestion.quote,
      quoteHash,
      createdById: actor.userId,
    },
    update: {},
  });
  return toJson(dismissal);
}

/** Brings a dismissed suggestion back. */
export async function undoDismissal(actor: Actor, articleId: string, dismissalId: string) {
  assertCan(actor, "createClaims");
  const { count } = await getDb().suggestionDismissal.deleteMany({
    where: { id: dismissalId, articleId, workspaceId: actor.workspaceId },
  });
  if (count === 0) throw notFound("This dismissal");
  return { id: dismissalId };
}
