import type { Command } from "commander";
import type pc from "picocolors";
import type { Lang, Translate } from "./messages/index.ts";

/** A stream the CLI writes data to (a converted file, a generated dataset): each write waits while the reader lags. */
export interface Sink {
  write(chunk: string | Uint8Array): Promise<void>;
}

/** Where the CLI writes, and what it knows of its environment; tests pass their own. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal, which turns colour on. */
  isTTY: boolean;
  /** The environment (LANG, NO_COLOR, MRA_CIRCULAIR_DEBUG); process.env when left out. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Whether stderr is a terminal, which allows a progress bar; false when left out. */
  stderrIsTTY?: boolean;
  /** Where the progress bar is drawn: process.stderr in `main`; no bar when left out. */
  progressStream?: NodeJS.WritableStream;
  /** A clock in milliseconds, for the progress bar's delay; performance.now when left out. */
  now?: () => number;
  /** Data written to standard output, with backpressure; `stdout` (as UTF-8 text) when left out. */
  data?: Sink;
}

/** What every command gets: the chosen language, its messages, colours and the output streams. */
export interface Context {
  lang: Lang;
  t: Translate;
  color: ReturnType<typeof pc.createColors>;
  io: Io;
  /** Writes one human-readable line to stdout. */
  out: (line: string) => void;
  /** Writes one human-readable line to stderr. */
  err: (line: string) => void;
  /** The run's exit code so far; commands raise it. */
  exitCode: number;
}

/** A subcommand: its name, and how it adds itself to the program. */
export interface CliCommand {
  name: string;
  register: (program: Command, ctx: Context) => void;
}
