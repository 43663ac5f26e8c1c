import { errorResponse } from "@/lib/api/errors";
import { requireRequestActor } from "@/lib/auth/request-actor";
import { getLatestEventId, listMemberEvents } from "@/lib/events/list-events";
import { resumeCursor } from "@/lib/events/schemas";
import { EVENT_STREAM_HEADERS, streamEvents } from "@/lib/events/stream-events";
import { localeOfRequest } from "@/lib/i18n/request-locale";

export const dynamic = "force-dynamic";

// The signed-in member's stream: their notifications (the bell) and claim changes (the queues).
export async function GET(request: Request) {
  try {
    const actor = await requireRequestActor(request);
    const after = resumeCursor(request) ?? (await getLatestEventId(actor, null));
    const read = (cursor: bigint) => listMemberEvents(actor, cursor);
    return new Response(streamEvents(read, after, request.signal), { headers: EVENT_STREAM_HEADERS });
  } catch (error) {
    return errorResponse(error, localeOfRequest(request));
  }
}
