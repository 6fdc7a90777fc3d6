import type { BatchToCheck, CheckerReply, CheckerSetup } from "./protocol.ts";

/** A thread that checks batches of lines: it answers every batch sent with one reply. */
export interface CheckerThread {
  /** Sends a batch; its bytes move to the thread, which hands them back with the reply. */
  send(batch: BatchToCheck): void;
  /** Hands the replies that have come in to the reply callback now, without waiting for the event loop. */
  poll?(): void;
  /** Ends the thread. */
  stop(): Promise<void>;
}

/**
 * Threads to validate NDJSON files on, given to a session: `nodeThreads` of `@mra-circulair/engine/node`
 * in Node.js. The engine itself starts none, so that it runs wherever JavaScript runs.
 */
export interface ValidationThreads {
  /** How many threads check lines at the same time, besides the one that reads the file. */
  readonly count: number;
  /** The view of a batch's memory, which moves to a thread and back; a Uint8Array by default. */
  readonly view?: (memory: ArrayBuffer) => Uint8Array;
  /** Starts a thread for one file; its replies and its failure, if any, come through the callbacks. */
  start(setup: CheckerSetup, onReply: (reply: CheckerReply) => void, onFailure: (error: Error) => void): CheckerThread;
}

/** A validation thread that failed: a fault in the program or the machine, never in the data. */
export class ValidationThreadError extends Error {
  /** What the thread said, or what stopped it. */
  readonly reason: string;

  constructor(reason: string) {
    super(`a validation thread failed: ${reason}`);
    this.name = "ValidationThreadError";
    this.reason = reason;
  }
}
