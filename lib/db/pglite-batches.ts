import type { PGLiteSocketServer } from "@electric-sql/pglite-socket";

type QueuedMessage = {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (n: number) => void;
  reject: (e: unknown) => void;
};
type QueryQueue = {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  db: {
    isInTransaction(): boolean;
    runExclusive<T>(fn: () => Promise<T>): Promise<T>;
    execProtocolRawStream(m: Uint8Array, o: { onRawData: (d: Uint8Array) => void }): Promise<unknown>;
  };
  processQueue(): Promise<void>;
  clearQueueForHandler(handlerId: number): void;
};

// Parse, Bind, Describe, Execute, Close, Flush: an extended-query batch that only Sync (or a simple Query) ends.
const MID_BATCH = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]);

/**
 * pglite-socket serves every connection from one PGlite session and queues protocol messages one by
 * one, keeping a connection's turn only inside a transaction. Two connections' Parse/Bind/Execute
 * messages can then interleave and read each other's results. This keeps a connection's turn from the
 * first message of an extended-query batch until its Sync, as a real server's separate sessions would.
 */
export function keepExtendedQueryBatchesTogether(server: PGLiteSocketServer): void {
  const queue = (server as unknown as { queryQueue: QueryQueue }).queryQueue;
  let midBatch = false;

  queue.processQueue = async function processQueue() {
    if (queue.processing || queue.queue.length === 0) return;
    queue.processing = true;
    while (queue.queue.length > 0) {
      const holder =
        (midBatch || queue.db.isInTransaction()) && queue.lastHandlerId !== null ? queue.lastHandlerId : null;
      const index = holder === null ? 0 : queue.queue.findIndex((item) => item.handlerId === holder);
      if (index === -1) break; // wait for the holder's next message; enqueue() restarts the loop
      const [item] = queue.queue.splice(index, 1);
      let sent = 0;
      try {
        const onRawData = (data: Uint8Array) => {
          sent += data.length;
          item.onData(data);
        };
        await queue.db.runExclusive(() => queue.db.execProtocolRawStream(item.message, { onRawData }));
      } catch (error) {
        item.reject(error);
        midBatch = false;
        continue;
      }
      queue.lastHandlerId = item.handlerId;
      midBatch = MID_BATCH.has(item.message[0]);
      item.resolve(sent);
    }
    queue.processing = false;
  };

  const clear = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId: number) => {
    clear(handlerId);
    if (queue.lastHandlerId === handlerId) midBatch = false;
    void queue.processQueue();
  };
}
