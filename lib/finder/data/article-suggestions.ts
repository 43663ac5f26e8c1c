import { createHash } from "node:crypto";
import { findArticleWithText } from "@/lib/articles/get-article";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/permissions/actor";
import { findSuggestions } from "../suggestions/find-suggestions";
import { listWorkspaceNames } from "./workspace-names";

export function hashQuote(quote: string): string {
  return createHash("sha256").update(quote, "utf8").digest("hex");
}

/** The current text's suggestions, all of them (dismissed ones too), for the API and for dismissing. */
export async function computeSuggestions(actor: Actor, articleId: string) {
  const { article, revision } = await findArticleWithText(actor, articleId);
  const names = await listWorkspaceNames(actor);
  return { article, revision, suggestions: findSuggestions(revision.text, { names }) };
}

/**
 * The article's suggestions on its current revision, without the dismissed ones; none when the
 * workspace turned suggestions off. `dismissed` lists this article's dismissals, for undoing them.
 */
export async function getArticleSuggestions(actor: Actor, articleId: string) {
  const workspace = await getDb().workspace.findUniqueOrThrow({
    where: { id: actor.workspaceId },
    select: { suggestionsEnabled: true },
  });
  const { revision, suggestions } = await computeSuggestions(actor, articleId);
  const dismissals = await getDb().suggestionDismissal.findMany({
    where: { workspaceId: actor.workspaceId, articleId },
    orderBy: { createdAt: "desc" },
  });
  const hidden = new Set(dismissals.map((d) => d.quoteHash));
  return {
    revision: revision.number,
    enabled: workspace.suggestionsEnabled,
    suggestions: workspace.suggestionsEnabled ? suggestions.filter((s) => !hidden.has(hashQuote(s.quote))) : [],
    dismissed: dismissals.map((d) => ({ id: d.id, quote: d.quote, createdAt: d.createdAt.toISOString() })),
  };
}
