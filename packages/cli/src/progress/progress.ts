import { basename } from "node:path";
import { sanitize } from "@mra-circulair/report";
import { SingleBar } from "cli-progress";
import type { Context } from "../context.ts";

/** The part of a cli-progress bar the CLI drives, so tests can watch it without a terminal. */
export interface Bar {
  start(total: number, value: number, payload: BarPayload): void;
  update(value: number, payload: BarPayload): void;
  stop(): void;
}

/** What the bar shows besides the bytes: the file and the records read so far. */
export interface BarPayload {
  readonly file: string;
  readonly records: number;
}

/** When and how a progress bar is shown. */
export interface ProgressOptions {
  /** Whether a bar may be shown at all: stderr is a terminal. */
  readonly enabled: boolean;
  /** The clock, in milliseconds. */
  readonly now: () => number;
  /** How long a file must still be being read before its bar appears; 1000 ms by default. */
  readonly delayMs?: number;
  /** Makes the bar, when the delay has passed. */
  readonly createBar: () => Bar;
}

/** Tracks the reading of one file: bytes read of its size, and records; call `stop` when the file is done. */
export interface FileProgress {
  bytes(read: number): void;
  records(count: number): void;
  /** Clears the bar, if one is shown. */
  stop(): void;
}

const DELAY_MS = 1000;

/**
 * The progress of reading one file. Nothing is drawn until the file has been read for `delayMs`, so a quick file
 * never flickers a bar; after that a bar shows bytes read against the file's size. The clock is only consulted
 * when there is news (a chunk or a batch of records), so no timer keeps the process alive.
 */
export function fileProgress(options: ProgressOptions, file: string, size: number): FileProgress {
  const started = options.now();
  const delay = options.delayMs ?? DELAY_MS;
  let read = 0;
  let records = 0;
  let bar: Bar | undefined;
  let done = false;
  const tick = () => {
    if (!options.enabled || done) return;
    const payload = { file, records };
    if (bar !== undefined) bar.update(read, payload);
    else if (options.now() - started >= delay) {
      bar = options.createBar();
      bar.start(size, read, payload);
    }
  };
  return {
    bytes(value) {
      read = value;
      tick();
    },
    records(count) {
      records = count;
      tick();
    },
    stop() {
      done = true;
      bar?.stop();
      bar = undefined;
    },
  };
}

const WIDTH = 30;
const NAME_MAX = 40;

/** A cli-progress bar on `stream` that clears itself when stopped and leaves the terminal's settings alone. */
export function terminalBar(stream: NodeJS.WritableStream, ctx: Context): Bar {
  const bar = new SingleBar({
    stream,
    clearOnComplete: true,
    // neither hidden cursor nor disabled wrapping: an interrupted run must not leave the terminal changed
    hideCursor: false,
    linewrap: true,
    gracefulExit: false,
    format: (_options, params, payload: BarPayload) => {
      // an empty file, or one whose size is unknown (a pipe), counts as done
      const progress = Number.isFinite(params.progress) ? Math.min(1, Math.max(0, params.progress)) : 1;
      const filled = Math.round(progress * WIDTH);
      const percent = Math.floor(progress * 100);
      const records = ctx.t("progress.records", { count: payload.records.toLocaleString(ctx.lang) });
      return `${sanitize(basename(payload.file), NAME_MAX)} ${"█".repeat(filled)}${"░".repeat(WIDTH - filled)} ${percent}% ${records}`;
    },
  });
  return bar;
}

/** The progress options of a run: a bar only when stderr is a terminal the CLI can draw on. */
export function progressOptions(ctx: Context): ProgressOptions {
  const stream = ctx.io.progressStream;
  const now = ctx.io.now ?? (() => performance.now());
  if (stream === undefined || ctx.io.stderrIsTTY !== true) {
    return {
      enabled: false,
      now,
      createBar: () => {
        throw new Error("there is no terminal to draw a progress bar on");
      },
    };
  }
  return { enabled: true, now, createBar: () => terminalBar(stream, ctx) };
}
