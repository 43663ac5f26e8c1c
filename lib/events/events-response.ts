import { findArticleWithText } from "@/lib/articles/get-article";
import type { Actor } from "@/lib/permissions/actor";
import { getLatestEventId } from "./list-events";
import { ZEventCursor } from "./schemas";
import { streamArticleEvents } from "./stream-events";

const cursorOf = (value: string | null | undefined) => (ZEventCursor.safeParse(value).success ? BigInt(value!) : null);

/**
 * The article's live events as a server-sent-events answer, resuming after the `Last-Event-ID` header
 * (EventSource sends it on reconnect) or else `?after=`; without either, from now on.
 */
export async function articleEventsResponse(
  actor: Actor,
  articleId: string,
  resume: { lastEventId: string | null; after?: string },
  signal: AbortSignal,
): Promise<Response> {
  await findArticleWithText(actor, articleId);
  const after = cursorOf(resume.lastEventId) ?? cursorOf(resume.after) ?? (await getLatestEventId(actor, articleId));
  return new Response(streamArticleEvents(actor, articleId, after, signal), {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      "x-accel-buffering": "no",
    },
  });
}
