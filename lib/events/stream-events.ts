import type { TArticleEvent } from "./list-events";

export const POLL_MS = 500;
const HEARTBEAT_MS = 15_000;

const encoder = new TextEncoder();
const frame = (event: { id: string; type: string; payload: unknown }) =>
  encoder.encode(`id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event.payload)}\n\n`);

/** Reads the log after an event id: one article's events, or a member's (lib/events/list-events.ts). */
export type TReadEvents = (after: bigint) => Promise<TArticleEvent[]>;

/**
 * Server-sent events read from the event log: THE one place where events reach a stream (the article
 * stream and the member stream both go through here). Polling the log (rather than in-process pub/sub)
 * works the same on the embedded database and across several app processes, and a client that
 * reconnects with Last-Event-ID catches up on exactly what it missed.
 */
export function streamEvents(read: TReadEvents, after: bigint, signal: AbortSignal): ReadableStream<Uint8Array> {
  let cursor = after;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastWrite = Date.now();
  return new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(`retry: 1000\n: connected\n\n`));
      const poll = async () => {
        if (signal.aborted) return;
        try {
          for (const event of await read(cursor)) {
            controller.enqueue(frame(event));
            cursor = BigInt(event.id);
            lastWrite = Date.now();
          }
          if (Date.now() - lastWrite > HEARTBEAT_MS) {
            controller.enqueue(encoder.encode(": ping\n\n"));
            lastWrite = Date.now();
          }
          timer = setTimeout(poll, POLL_MS);
        } catch {
          controller.close(); // the client reconnects and resumes from its last id
        }
      };
      signal.addEventListener("abort", () => {
        clearTimeout(timer);
        try {
          controller.close();
        } catch {}
      });
      void poll();
    },
    cancel() {
      clearTimeout(timer);
    },
  });
}

/** The SSE response headers (no caching, no proxy buffering). */
export const EVENT_STREAM_HEADERS = {
  "content-type": "text/event-stream; charset=utf-8",
  "cache-control": "no-cache, no-transform",
  "x-accel-buffering": "no",
};
