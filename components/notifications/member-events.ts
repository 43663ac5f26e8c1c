"use client";

// One EventSource per page on GET /api/v1/me/events, shared by everything that follows the member's
// stream (the bell, a queue page): opened with the first listener, closed with the last. EventSource
// reconnects by itself and sends Last-Event-ID, so nothing is missed across a drop.

type TListener = (type: "notification.created" | "claim.changed", data: unknown) => void;

const listeners = new Set<TListener>();
let source: EventSource | null = null;

function open() {
  source = new EventSource("/api/v1/me/events");
  for (const type of ["notification.created", "claim.changed"] as const)
    source.addEventListener(type, (event) => {
      const data: unknown = JSON.parse(event.data);
      for (const listener of listeners) listener(type, data);
    });
}

/** Follows the member's stream until the returned function is called. */
export function followMemberEvents(listener: TListener): () => void {
  listeners.add(listener);
  if (!source) open();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      source?.close();
      source = null;
    }
  };
}
