import { type ByteSource, ndjsonLineBatches } from "@mra-circulair/io";
import type { Report } from "@mra-circulair/report";
import type { RuleRunner } from "@mra-circulair/rules";
import { BatchChecker } from "./batch-checker.ts";
import { BatchMerger } from "./batch-merger.ts";
import type { CheckedBatch, CheckerReply, CheckerSetup } from "./protocol.ts";
import { type CheckerThread, ValidationThreadError, type ValidationThreads } from "./threads.ts";

// about 300 procurements a batch: a few milliseconds of work, far more than the cost of passing it on, and
// short enough that this thread, checking one itself, soon hands out the next
const BATCH_BYTES = 256 * 1024;
// batches a thread holds at most: one it works on and two waiting, so that it never idles between them
const PER_THREAD = 3;
// batches sent and not yet merged at most, so that a slow thread cannot make the others' replies pile up
const AHEAD_PER_THREAD = 4;

/** What {@link validateNdjsonOnThreads} needs besides the file. */
export interface ParallelRun {
  readonly threads: ValidationThreads;
  readonly setup: CheckerSetup;
  readonly report: Report;
  readonly rules: RuleRunner | undefined;
  readonly progress: { readonly every: number; readonly onProgress?: (records: number) => void };
}

/**
 * Validates an NDJSON file on threads: this thread cuts the bytes into batches of whole lines, the threads
 * read and check them (schemas, and the rules that judge a record alone), and this thread adds the replies
 * to the report in file order, running the rules that need the whole dataset. While every thread has
 * enough to do, this thread checks the next batch itself. The report is the one the session makes on its
 * own thread, whatever the number of threads. Returns the number of records.
 */
export async function validateNdjsonOnThreads(bytes: ByteSource, run: ParallelRun): Promise<number> {
  const { threads, setup } = run;
  const merger = new BatchMerger(setup.file, run.report, run.rules, run.progress);
  const replies = new Map<number, CheckedBatch>();
  const load: number[] = [];
  let failure: Error | undefined;
  let wake: (() => void) | undefined;

  const onReply = (thread: number) => (reply: CheckerReply) => {
    if (reply.kind === "failed") failure ??= new ValidationThreadError(reply.reason);
    else if (reply.kind === "ready") load[thread] = 0;
    else {
      replies.set(reply.index, reply);
      load[thread] = (load[thread] ?? 1) - 1;
    }
    wake?.();
  };
  const onFailure = (error: Error) => {
    failure ??= error instanceof ValidationThreadError ? error : new ValidationThreadError(error.message);
    wake?.();
  };
  const started: CheckerThread[] = [];
  let here: BatchChecker | undefined;
  // the memory of merged batches, used again: no garbage to collect, and no fresh memory, per batch
  const pool: ArrayBuffer[] = [];
  const view = threads.view ?? ((memory: ArrayBuffer) => new Uint8Array(memory));
  const allocate = (size: number) => view((size === BATCH_BYTES ? pool.pop() : undefined) ?? new ArrayBuffer(size));
  let sent = 0;
  let merged = 0;
  // replies come as events, between the steps of this function, never during one
  const nextReply = () =>
    new Promise<void>((resolve) => {
      wake = resolve;
    });
  const mergeReady = () => {
    if (failure !== undefined) throw failure;
    for (const thread of started) thread.poll?.();
    for (let reply = replies.get(merged); reply !== undefined; reply = replies.get(merged)) {
      replies.delete(merged);
      merged++;
      merger.merge(reply);
      const memory = reply.bytes.buffer;
      if (memory instanceof ArrayBuffer && memory.byteLength === BATCH_BYTES) pool.push(memory);
    }
  };
  try {
    for (let i = 0; i < threads.count; i++) {
      // full until it says it is ready: a thread starting up would hold up the batches after it
      load.push(PER_THREAD);
      started.push(threads.start(setup, onReply(i), onFailure));
    }
    const batches = ndjsonLineBatches(bytes, {
      batchBytes: BATCH_BYTES,
      ...(setup.maxLineBytes === undefined ? {} : { maxLineBytes: setup.maxLineBytes }),
      allocate,
    });
    for await (const batch of batches) {
      // replies that came in while this thread checked a batch are taken first, so that no thread waits
      for (mergeReady(); sent - merged >= AHEAD_PER_THREAD * (threads.count + 1); mergeReady()) await nextReply();
      const index = sent++;
      const thread = load.indexOf(Math.min(...load));
      if ((load[thread] ?? 0) < PER_THREAD) {
        load[thread] = (load[thread] ?? 0) + 1;
        started[thread]?.send({ ...batch, index });
      } else {
        here ??= new BatchChecker(setup);
        replies.set(index, here.check({ ...batch, index }));
      }
    }
    for (mergeReady(); merged < sent; mergeReady()) await nextReply();
    merger.end();
    return merger.records;
  } finally {
    await Promise.all(started.map((thread) => thread.stop()));
  }
}
