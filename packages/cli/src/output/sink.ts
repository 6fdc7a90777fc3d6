import { createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { finished } from "node:stream/promises";
import type { Io, Sink } from "../context.ts";
import { CliError } from "../errors.ts";

/** The error for a file or directory that cannot be written, by the reason the system gives. */
export function writeError(file: string, error: unknown): CliError {
  if (error instanceof CliError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return new CliError("E_WRITE", "write.noDirectory", { file });
  if (code === "EISDIR") return new CliError("E_WRITE", "write.directory", { file });
  if (code === "EACCES" || code === "EPERM" || code === "EROFS")
    return new CliError("E_WRITE", "write.denied", { file });
  const reason = code ?? (error instanceof Error ? error.message : String(error));
  return new CliError("E_WRITE", "write.failed", { file, reason });
}

/** A file being written: it appears under its name only when `commit` succeeds, so a failed run leaves none. */
export interface OutputFile extends Sink {
  readonly path: string;
  commit(): Promise<void>;
  /** Removes what was written; never throws. */
  abort(): Promise<void>;
}

/**
 * Opens `path` for writing through a temporary file beside it, renamed into place on `commit`: a run that fails
 * halfway leaves neither a partial file nor a damaged earlier one.
 */
export async function openOutputFile(path: string): Promise<OutputFile> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const stream = createWriteStream(temporary);
  let failure: unknown;
  stream.on("error", (error) => {
    failure ??= error;
  });
  const check = () => {
    if (failure !== undefined) throw writeError(path, failure);
  };
  try {
    await new Promise<void>((resolve, reject) => {
      stream.once("ready", () => resolve());
      stream.once("error", reject);
    });
  } catch (error) {
    throw writeError(path, error);
  }
  return {
    path,
    async write(chunk) {
      check();
      if (!stream.write(chunk)) {
        await new Promise<void>((resolve) => {
          const done = () => {
            stream.off("drain", done);
            stream.off("error", done);
            stream.off("close", done);
            resolve();
          };
          stream.on("drain", done);
          stream.on("error", done);
          stream.on("close", done);
        });
      }
      check();
    },
    async commit() {
      stream.end();
      try {
        await finished(stream);
      } catch (error) {
        failure ??= error;
      }
      check();
      try {
        await rename(temporary, path);
      } catch (error) {
        await rm(temporary, { force: true });
        throw writeError(path, error);
      }
    },
    async abort() {
      stream.destroy();
      await rm(temporary, { force: true }).catch(() => {});
    },
  };
}

/** Makes a directory for output, with its parents; an existing one is fine, an existing file is not. */
export async function outputDirectory(path: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (code === "EEXIST" || code === "ENOTDIR") throw new CliError("E_WRITE", "write.notDirectory", { file: path });
    throw writeError(path, error);
  }
}

/** Standard output as a sink: the run's own `data` sink, or its text stdout. */
export function stdoutSink(io: Io): Sink {
  if (io.data !== undefined) return io.data;
  // a byte order mark is data here (a CSV template has one for Excel): it is passed on, not dropped
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  return {
    async write(chunk) {
      io.stdout(typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true }));
    },
  };
}

/**
 * Runs `write` on the file at `path`, which appears only when `write` succeeds, or without a path on standard
 * output.
 */
export async function withOutput<T>(path: string | undefined, io: Io, write: (sink: Sink) => Promise<T>): Promise<T> {
  if (path === undefined) return write(stdoutSink(io));
  const file = await openOutputFile(path);
  try {
    const result = await write(file);
    await file.commit();
    return result;
  } catch (error) {
    await file.abort();
    throw error;
  }
}

const BATCH_CHARS = 64 * 1024;

/** Collects lines into chunks of about 64 KiB before writing them, so a million records are not a million writes. */
export class LineWriter {
  readonly #sink: Sink;
  #lines: string[] = [];
  #size = 0;

  constructor(sink: Sink) {
    this.#sink = sink;
  }

  /** Adds `text` (with its line break); writes when a chunk is full. */
  async write(text: string): Promise<void> {
    this.#lines.push(text);
    this.#size += text.length;
    if (this.#size >= BATCH_CHARS) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.#lines.length === 0) return;
    const chunk = this.#lines.join("");
    this.#lines = [];
    this.#size = 0;
    await this.#sink.write(chunk);
  }
}
