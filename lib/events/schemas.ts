import { z } from "zod";

/** `?after=<event id>` (or the `Last-Event-ID` header): resume after that event. Anything else is ignored. */
export const ZEventCursor = z.string().regex(/^\d{1,19}$/);

// An unreadable cursor is ignored (the stream starts from now), not refused.
export const ZEventsQuery = z.object({ after: ZEventCursor.optional().catch(undefined) });
