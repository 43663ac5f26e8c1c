import { errorResponse } from "@/lib/api/errors";
import { findArticleWithText } from "@/lib/articles/get-article";
import { requireRequestActor } from "@/lib/auth/request-actor";
import { getLatestEventId } from "@/lib/events/list-events";
import { ZEventCursor } from "@/lib/events/schemas";
import { localeOfRequest } from "@/lib/i18n/request-locale";
import { streamArticleEvents } from "@/lib/events/stream-events";

export const dynamic = "force-dynamic";

const parseCursor = (value: string | null) => (ZEventCursor.safeParse(value).success ? BigInt(value as string) : null);

export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  try {
    const actor = await requireRequestActor(request);
    const { id } = await context.params;
    await findArticleWithText(actor, id);
    const resume =
      parseCursor(request.headers.get("last-event-id")) ?? parseCursor(new URL(request.url).searchParams.get("after"));
    const after = resume ?? (await getLatestEventId(actor, id));
    return new Response(streamArticleEvents(actor, id, after, request.signal), {
      headers: {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache, no-transform",
        "x-accel-buffering": "no",
      },
    });
  } catch (error) {
    return errorResponse(error, localeOfRequest(request));
  }
}
