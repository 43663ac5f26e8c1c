import { ME_API } from "@/lib/api/endpoints/workspace";
import { handle, route } from "@/lib/api/route";
import { memberEventsResponse } from "@/lib/events/events-response";

export const dynamic = "force-dynamic";

// The signed-in member's stream: their notifications (the bell) and claim changes (the queues).
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  handle(ME_API.events, ({ actor, query, request }) =>
    memberEventsResponse(
      actor,
      { lastEventId: request.headers.get("last-event-id"), after: query.after },
      request.signal,
    ),
  ),
);
