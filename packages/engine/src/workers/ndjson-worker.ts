import { parentPort, workerData } from "node:worker_threads";
import { compileSchemas } from "../schema-check.ts";
import { BatchChecker } from "./batch-checker.ts";
import type { WorkerStart } from "./node.ts";
import type { BatchToCheck, CheckerReply } from "./protocol.ts";

// the thread that nodeThreads starts: checks each batch it is sent and hands it back with the reply
const port = parentPort;
if (port === null) throw new Error("ndjson-worker runs as a worker thread");
const { setup, replies } = workerData as WorkerStart;
const checker = new BatchChecker(setup);
compileSchemas();
replies.postMessage({ kind: "ready" } satisfies CheckerReply, []);
port.on("message", (batch: BatchToCheck) => {
  let reply: CheckerReply;
  try {
    // as a Buffer, the bytes are searched for line breaks with memchr, far faster than Uint8Array.indexOf
    const { buffer, byteOffset, byteLength } = batch.bytes;
    reply = checker.check({ ...batch, bytes: Buffer.from(buffer, byteOffset, byteLength) });
  } catch (error) {
    reply = { kind: "failed", reason: error instanceof Error ? error.message : String(error) };
  }
  replies.postMessage(reply, reply.kind === "checked" ? [reply.bytes.buffer as ArrayBuffer] : []);
});
