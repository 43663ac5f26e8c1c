import { SQL_FOLD, foldedLikePattern } from "@/lib/arabic/sql-fold";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/permissions/actor";

/**
 * Ids of the workspace's articles whose title or current text contains `query`, ignoring harakat,
 * tatweel, hamza forms on alef, ى/ي, ة/ه, digit style and Latin case.
 */
export async function findArticleIdsMatching(actor: Actor, query: string): Promise<string[]> {
  const pattern = foldedLikePattern(query);
  const rows = await getDb().$queryRaw<{ id: string }[]>`
    select a.id from "Article" a
    join "ArticleRevision" r on r."articleId" = a.id and r.number = a.revision
    where a."workspaceId" = ${actor.workspaceId}
      and (translate(lower(a.title), ${SQL_FOLD.from}, ${SQL_FOLD.to}) like ${pattern}
        or translate(lower(r.text), ${SQL_FOLD.from}, ${SQL_FOLD.to}) like ${pattern})`;
  return rows.map((row) => row.id);
}
