import { getDb } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/permissions/actor";
import { tagKey } from "./tags";

const SUGGESTIONS = 20;

/** The workspace's tags for autocomplete: those whose folded name contains the folded query, most used first. */
export async function listTags(actor: Actor, query = "") {
  assertCan(actor, "readArticles");
  const key = tagKey(query.slice(0, 60));
  const tags = await getDb().tag.findMany({
    where: { workspaceId: actor.workspaceId, ...(key ? { key: { contains: key } } : {}) },
    orderBy: [{ claims: { _count: "desc" } }, { name: "asc" }],
    take: SUGGESTIONS,
    select: { name: true },
  });
  return { tags: tags.map((t) => t.name) };
}
