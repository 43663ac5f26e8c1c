import { findArticleWithText } from "@/lib/articles/get-article";
import type { Actor } from "@/lib/permissions/actor";
import { getLatestEventId, listArticleEvents, listMemberEvents } from "./list-events";
import { ZEventCursor } from "./schemas";
import { EVENT_STREAM_HEADERS, streamEvents } from "./stream-events";

const cursorOf = (value: string | null | undefined) => (ZEventCursor.safeParse(value).success ? BigInt(value!) : null);

type TResume = { lastEventId: string | null; after?: string };

/** Where a stream starts: after the `Last-Event-ID` header (EventSource sends it on reconnect), else `?after=`. */
const resumeFrom = (resume: TResume) => cursorOf(resume.lastEventId) ?? cursorOf(resume.after);

/** The article's live events as a server-sent-events answer; without a cursor, from now on. */
export async function articleEventsResponse(actor: Actor, articleId: string, resume: TResume, signal: AbortSignal) {
  await findArticleWithText(actor, articleId);
  const after = resumeFrom(resume) ?? (await getLatestEventId(actor, articleId));
  const read = (cursor: bigint) => listArticleEvents(actor, articleId, cursor);
  return new Response(streamEvents(read, after, signal), { headers: EVENT_STREAM_HEADERS });
}

/** The member's live events (their notifications, any claim changing: the bell and the queues). */
export async function memberEventsResponse(actor: Actor, resume: TResume, signal: AbortSignal) {
  const after = resumeFrom(resume) ?? (await getLatestEventId(actor, null));
  const read = (cursor: bigint) => listMemberEvents(actor, cursor);
  return new Response(streamEvents(read, after, signal), { headers: EVENT_STREAM_HEADERS });
}
