import { errorResponse } from "@/lib/api/errors";
import { findArticleWithText } from "@/lib/articles/get-article";
import { requireRequestActor } from "@/lib/auth/request-actor";
import { getLatestEventId, listArticleEvents } from "@/lib/events/list-events";
import { resumeCursor } from "@/lib/events/schemas";
import { EVENT_STREAM_HEADERS, streamEvents } from "@/lib/events/stream-events";
import { localeOfRequest } from "@/lib/i18n/request-locale";

export const dynamic = "force-dynamic";

export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  try {
    const actor = await requireRequestActor(request);
    const { id } = await context.params;
    await findArticleWithText(actor, id);
    const after = resumeCursor(request) ?? (await getLatestEventId(actor, id));
    const read = (cursor: bigint) => listArticleEvents(actor, id, cursor);
    return new Response(streamEvents(read, after, request.signal), { headers: EVENT_STREAM_HEADERS });
  } catch (error) {
    return errorResponse(error, localeOfRequest(request));
  }
}
