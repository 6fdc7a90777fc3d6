import type { Command } from "commander";
import type pc from "picocolors";
import type { Lang, Translate } from "./messages/index.ts";

/** Where the CLI writes, and what it knows of its environment; tests pass their own. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal, which turns colour on. */
  isTTY: boolean;
  /** The environment (LANG, NO_COLOR, MRA_CIRCULAIR_DEBUG); process.env when left out. */
  env?: Readonly<Record<string, string | undefined>>;
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
