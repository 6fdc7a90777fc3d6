import { CommanderError } from "commander";
import pc from "picocolors";
import type { Context, Io } from "./context.ts";
import { CliError, type ErrorCode, EXIT } from "./errors.ts";
import { defaultLang, requestedLang } from "./lang.ts";
import { type Lang, translator } from "./messages/index.ts";
import { printCliError } from "./print-error.ts";
import { buildProgram, COMMANDS } from "./program.ts";
import { usageError } from "./usage-error.ts";

export type { Io, Sink } from "./context.ts";
export { CliError, type ErrorCode, EXIT } from "./errors.ts";

function createContext(lang: Lang, io: Io, env: Readonly<Record<string, string | undefined>>): Context {
  const color = pc.createColors(io.isTTY && !env.NO_COLOR && env.TERM !== "dumb");
  return {
    lang,
    t: translator(lang),
    color,
    io,
    out: (line) => io.stdout(`${line}\n`),
    err: (line) => io.stderr(`${line}\n`),
    exitCode: EXIT.valid,
  };
}

function reportError(error: unknown, ctx: Context, argv: readonly string[], debug: boolean): number {
  const { t, color } = ctx;
  if (error instanceof CommanderError) {
    if (error.code === "commander.helpDisplayed" || error.code === "commander.version") return EXIT.valid;
    // no command given: commander has printed the help on stderr
    if (error.code === "commander.help") return EXIT.usage;
    return reportError(usageError(error), ctx, argv, debug);
  }
  if (error instanceof CliError) {
    printCliError(ctx, error);
    if (error.code === "E_USAGE") {
      const command = COMMANDS.find((c) => argv.includes(c.name));
      ctx.err(t("error.hint", { command: command ? `mra-circulair ${command.name}` : "mra-circulair" }));
    }
    return error.exitCode;
  }
  const code: ErrorCode = "E_INTERNAL";
  const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
  ctx.err(`${color.red(t("error.label"))} [${code}]: ${t("error.internal", { reason })}`);
  if (debug && error instanceof Error && error.stack) ctx.io.stderr(`${error.stack}\n`);
  else ctx.err(t("error.debug"));
  return EXIT.internal;
}

/**
 * Runs the CLI on `argv` (the arguments after the program name) and returns the exit code: 0 valid,
 * 1 invalid data, 2 unreadable input or bad usage, 3 internal error. Never throws.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const env = io.env ?? process.env;
  let ctx = createContext(defaultLang(env), io, env);
  try {
    ctx = createContext(requestedLang(argv) ?? ctx.lang, io, env);
    await buildProgram(ctx).parseAsync([...argv], { from: "user" });
    return ctx.exitCode;
  } catch (error) {
    return reportError(error, ctx, argv, env.MRA_CIRCULAIR_DEBUG === "1");
  }
}

/** Runs the CLI on the process's arguments and streams, and sets process.exitCode. */
export async function main(): Promise<void> {
  // a closed pipe (mra-circulair signatories | head) ends the output, not with a stack trace
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    process.exit(error.code === "EPIPE" ? (process.exitCode ?? EXIT.valid) : EXIT.internal);
  });
  process.exitCode = await run(process.argv.slice(2), {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    isTTY: process.stdout.isTTY === true,
    env: process.env,
    stderrIsTTY: process.stderr.isTTY === true,
    progressStream: process.stderr,
    // data goes out as fast as the reader takes it: a write resolves once the chunk is handed over
    data: {
      write: (chunk) =>
        new Promise<void>((resolve, reject) => {
          process.stdout.write(chunk, (error) => (error ? reject(error) : resolve()));
        }),
    },
  });
}
