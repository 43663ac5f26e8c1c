import { z } from "zod";

/** `?after=<event id>` (or the `Last-Event-ID` header): resume after that event. Anything else is ignored. */
export const ZEventCursor = z.string().regex(/^\d{1,19}$/);

export const ZEventsQuery = z.object({ after: ZEventCursor.optional() });

const parseCursor = (value: string | null) => (ZEventCursor.safeParse(value).success ? BigInt(value as string) : null);

/** Where a reconnecting client left off: its Last-Event-ID header, else `?after=`; null to start from now. */
export const resumeCursor = (request: Request) =>
  parseCursor(request.headers.get("last-event-id")) ?? parseCursor(new URL(request.url).searchParams.get("after"));
