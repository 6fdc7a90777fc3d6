import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { commandFilesDir, repoRoot } from "./paths.ts";

/** One command of a ```sh block: a line, or lines joined by a trailing backslash. */
export interface Command {
  readonly text: string;
  /** The 1-based line in the Markdown file where it starts. */
  readonly line: number;
}

/** The commands of a ```sh block that starts at `blockLine` (the fence): comment lines and blank lines dropped. */
export function commandsOf(text: string, blockLine: number): Command[] {
  const commands: Command[] = [];
  let pending: { text: string; line: number } | undefined;
  text.split("\n").forEach((raw, index) => {
    const line = raw.trim();
    if (pending === undefined && (line === "" || line.startsWith("#"))) return;
    const start = pending ?? { text: "", line: blockLine + 1 + index };
    const joined = `${start.text}${line.endsWith("\\") ? line.slice(0, -1).trimEnd() : line}`;
    pending = line.endsWith("\\") ? { text: `${joined} `, line: start.line } : undefined;
    if (pending === undefined) commands.push({ text: joined, line: start.line });
  });
  if (pending !== undefined) commands.push(pending);
  return commands;
}

/** A command without its trailing comment, as the list of commands that cannot run names it. */
export const withoutComment = (command: string) => command.replace(/\s+#\s.*$/, "").trim();

// how the docs call the CLI: installed (mra-circulair), in the workspace (pnpm exec) or from the registry (npx)
const CLI_PREFIX = /^(?:pnpm exec mra-circulair|npx (?:--yes )?@mra-circulair\/cli|mra-circulair)(?=\s|$)/;

/** The command with its call of the CLI as `mra-circulair`, or undefined when it does not call the CLI. */
export function cliCommand(command: string): string | undefined {
  const match = CLI_PREFIX.exec(command);
  return match === null ? undefined : `mra-circulair${command.slice(match[0].length)}`;
}

/** A directory to run the commands of one page in: the files of docs/examples, examples/ and the CLI on PATH. */
export function commandSandbox(): { readonly dir: string; readonly env: NodeJS.ProcessEnv } {
  const dir = mkdtempSync(join(tmpdir(), "mra-docs-commands-"));
  for (const name of readdirSync(commandFilesDir)) {
    const source = join(commandFilesDir, name);
    if (statSync(source).isFile()) cpSync(source, join(dir, name));
  }
  symlinkSync(join(repoRoot, "examples"), join(dir, "examples"));
  const bin = join(dir, ".bin");
  mkdirSync(bin);
  const cli = join(repoRoot, "packages", "cli", "bin", "mra-circulair.js");
  writeFileSync(join(bin, "mra-circulair"), `#!/bin/sh\nexec "${process.execPath}" "${cli}" "$@"\n`);
  chmodSync(join(bin, "mra-circulair"), 0o755);
  // English messages and no colours, whatever the machine running the tests is set to
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${bin}:${process.env.PATH ?? ""}`,
    LANG: "C.UTF-8",
    NO_COLOR: "1",
  };
  delete env.MRA_CIRCULAIR_DEBUG;
  return { dir, env };
}

/** Runs one command in a sandbox with sh; returns its exit code and what it wrote to stderr, for messages. */
export function runCommand(
  command: string,
  sandbox: ReturnType<typeof commandSandbox>,
): { status: number; stderr: string } {
  const run = spawnSync("sh", ["-c", command], {
    cwd: sandbox.dir,
    env: sandbox.env,
    encoding: "utf8",
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: run.status ?? -1, stderr: `${run.stderr ?? ""}${run.error ? String(run.error) : ""}` };
}
