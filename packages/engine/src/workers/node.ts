import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { MessageChannel, type MessagePort, receiveMessageOnPort, type Transferable, Worker } from "node:worker_threads";
import type { CheckerReply, CheckerSetup } from "./protocol.ts";
import type { ValidationThreads } from "./threads.ts";

/** What a worker thread gets to start: its setup, and the port to send its replies on. */
export interface WorkerStart {
  readonly setup: CheckerSetup;
  readonly replies: MessagePort;
}

const here = import.meta.url;
// built, the worker is dist/ndjson-worker.js beside this file; from source (tests, tsx) it is TypeScript
const fromSource = here.endsWith(".ts");

// tsx's ESM register(), which a thread needs to load TypeScript: a worker ignores --import in its execArgv
function tsxApi(): string {
  const require = createRequire(here);
  const manifest = require.resolve("tsx/package.json");
  const { exports } = require(manifest) as { exports: Record<string, { import: { default: string } }> };
  const api = exports["./esm/api"];
  if (api === undefined) throw new Error("tsx has no ./esm/api to load TypeScript with");
  return new URL(api.import.default, pathToFileURL(manifest)).href;
}

// a small young generation: a batch's objects die young, and each thread's heap counts towards the process's memory
const resourceLimits = { maxYoungGenerationSizeMb: 8 };

function spawn(workerData: WorkerStart, transferList: Transferable[]): Worker {
  const entry = new URL(fromSource ? "./ndjson-worker.ts" : "./ndjson-worker.js", here);
  if (!fromSource) return new Worker(entry, { workerData, transferList, resourceLimits });
  // from source, the thread loads TypeScript through tsx, and the workspace packages through their source condition
  const boot = `import { register } from ${JSON.stringify(tsxApi())}; register(); await import(${JSON.stringify(entry.href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), {
    workerData,
    transferList,
    resourceLimits,
    execArgv: ["--conditions=@mra-circulair/source"],
  });
}

/** `count` Node.js worker threads to validate NDJSON files on: `createValidationSession({ threads: nodeThreads(2) })`. */
export function nodeThreads(count: number): ValidationThreads {
  if (!Number.isInteger(count) || count < 1)
    throw new RangeError(`a whole number of threads of 1 or more, not ${count}`);
  return {
    count,
    // as a Buffer, line breaks are found with memchr, several times faster than Uint8Array.indexOf
    view: (memory) => Buffer.from(memory),
    start(setup, onReply, onFailure) {
      // the replies come on a channel of their own, which poll reads at once
      const { port1: replies, port2 } = new MessageChannel();
      const worker = spawn({ setup, replies: port2 }, [port2]);
      let stopping = false;
      replies.on("message", onReply);
      worker.on("error", onFailure);
      worker.on("messageerror", onFailure);
      worker.on("exit", (code) => {
        if (!stopping) onFailure(new Error(`the thread stopped with exit code ${code}`));
      });
      return {
        send(batch) {
          worker.postMessage(batch, [batch.bytes.buffer as ArrayBuffer]);
        },
        poll() {
          for (let reply = receiveMessageOnPort(replies); reply !== undefined; reply = receiveMessageOnPort(replies))
            onReply(reply.message as CheckerReply);
        },
        async stop() {
          stopping = true;
          replies.close();
          await worker.terminate();
        },
      };
    },
  };
}
