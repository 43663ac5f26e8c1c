import { getDb } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/permissions/actor";
import { insertComment } from "./insert-comment";
import { findCommentableClaim, namesFor } from "./list-comments";
import type { TCreateComment } from "./schemas";
import { toCommentJson } from "./serialize";

/** A new thread, or a reply to one (`parentId`); @mentioned members are notified. */
export async function createComment(actor: Actor, claimId: string, input: TCreateComment) {
  const claim = await findCommentableClaim(actor, claimId);
  assertCan(actor, "writeComments");
  const comment = await getDb().$transaction((tx) => insertComment(tx, actor, claim, input));
  return toCommentJson(comment, await namesFor([comment]));
}
