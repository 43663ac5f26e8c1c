import { getDb } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/permissions/actor";
import type { TFinderSettings } from "./schemas";

export async function getFinderSettings(actor: Actor) {
  assertCan(actor, "readArticles");
  const workspace = await getDb().workspace.findUniqueOrThrow({ where: { id: actor.workspaceId } });
  return { suggestions: workspace.suggestionsEnabled };
}

/** ADMINs turn the reader's suggestions on or off for the whole workspace. */
export async function updateFinderSettings(actor: Actor, input: TFinderSettings) {
  assertCan(actor, "manageFinder");
  const workspace = await getDb().workspace.update({
    where: { id: actor.workspaceId },
    data: { suggestionsEnabled: input.suggestions },
  });
  return { suggestions: workspace.suggestionsEnabled };
}
