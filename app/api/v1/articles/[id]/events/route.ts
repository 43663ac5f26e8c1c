import { ARTICLE_API } from "@/lib/api/endpoints/articles";
import { handle, route } from "@/lib/api/route";
import { articleEventsResponse } from "@/lib/events/events-response";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  handle(ARTICLE_API.events, ({ actor, params, query, request }) =>
    articleEventsResponse(
      actor,
      params.id,
      { lastEventId: request.headers.get("last-event-id"), after: query.after },
      request.signal,
    ),
  ),
);
