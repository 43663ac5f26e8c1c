import { z } from "zod";

// Building blocks of response schemas: what the API sends, as JSON (dates as strings, no transforms).

/** A moment, as `Date.prototype.toISOString()` writes it. */
export const ZTimestamp = z.iso.datetime();

/** A calendar day, `YYYY-MM-DD`. */
export const ZDay = z.iso.date();

/** A person named in an answer; `name` is null when the account is gone. */
export const ZPersonRef = z.object({ id: z.string(), name: z.string().nullable() });

/** A member picked for a role on a claim (checker, reviewer). */
export const ZMemberRef = z.object({ id: z.string(), name: z.string() });

export const ZCount = z.number().int().min(0);

/** Any JSON value: stored values whose shape depends on what they hold (a history entry's before/after). */
export const ZJsonValue = z.json().meta({ id: "JsonValue" });
