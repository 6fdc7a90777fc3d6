import { rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { codeBlocksOf } from "./code-blocks.ts";
import { cliCommand, commandSandbox, commandsOf, runCommand, withoutComment } from "./commands.ts";
import { documentedBlocks, documentedFiles } from "./markdown-files.ts";
import { unrunnableCommands } from "./unrunnable-commands.ts";

describe("```sh blocks: every command runs against the built CLI with its exit code, or is listed as unrunnable", () => {
  const blocks = documentedBlocks("sh");
  // one sandbox per page, its commands in page order: a later command may read what an earlier one wrote
  const pages = documentedFiles()
    .map((path) => ({
      path,
      commands: blocks
        .filter((entry) => entry.path === path)
        .flatMap(({ block }) =>
          commandsOf(block.text, block.line).map((command) => ({ ...command, exit: Number(block.attrs.exit ?? 0) })),
        ),
    }))
    .filter((page) => page.commands.length > 0);

  // the pages run side by side, each command in its own process; a generous limit for a busy machine
  it.concurrent.each(pages)(
    "$path",
    ({ path, commands }) => {
      const sandbox = commandSandbox();
      try {
        const failures: string[] = [];
        for (const command of commands) {
          const cli = cliCommand(command.text);
          if (cli === undefined) {
            if (unrunnableCommands[withoutComment(command.text)] === undefined) {
              failures.push(
                `${path}:${command.line}: "${command.text}" neither calls mra-circulair nor is listed in unrunnable-commands.ts`,
              );
            }
            continue;
          }
          const { status, stderr } = runCommand(cli, sandbox);
          if (status !== command.exit) {
            failures.push(
              `${path}:${command.line}: "${command.text}" ended with ${status}, not ${command.exit}\n${stderr.slice(0, 2000)}`,
            );
          }
        }
        expect(failures).toEqual([]);
      } finally {
        rmSync(sandbox.dir, { recursive: true, force: true });
      }
    },
    300_000,
  );

  it("lists no command that the docs no longer show", () => {
    const shown = new Set(
      blocks.flatMap(({ block }) => commandsOf(block.text, block.line).map((command) => withoutComment(command.text))),
    );
    expect(Object.keys(unrunnableCommands).filter((command) => !shown.has(command))).toEqual([]);
  });

  it("catches a wrong exit code", () => {
    const sandbox = commandSandbox();
    try {
      expect(runCommand("mra-circulair validate no-such-file.json", sandbox).status).toBe(2);
    } finally {
      rmSync(sandbox.dir, { recursive: true, force: true });
    }
  });
});

describe("the command parsing", () => {
  it("joins continued lines, drops comment lines and keeps the line numbers", () => {
    expect(
      commandsOf("# a comment\nmra-circulair validate a.json \\\n  --summary\n\nmra-circulair codelists", 10),
    ).toEqual([
      { text: "mra-circulair validate a.json --summary", line: 12 },
      { text: "mra-circulair codelists", line: 15 },
    ]);
  });

  it("recognises every way the docs call the CLI", () => {
    expect(cliCommand("pnpm exec mra-circulair validate x.json")).toBe("mra-circulair validate x.json");
    expect(cliCommand("npx @mra-circulair/cli --help")).toBe("mra-circulair --help");
    expect(cliCommand("npx --yes @mra-circulair/cli codelists")).toBe("mra-circulair codelists");
    expect(cliCommand("mra-circulair-other x")).toBeUndefined();
    expect(cliCommand("npm install @mra-circulair/cli")).toBeUndefined();
  });

  it("reads a block's exit code from its info string", () => {
    expect(codeBlocksOf("# T\n\n```sh exit=1\nmra-circulair validate x\n```\n")).toEqual([
      { lang: "sh", attrs: { exit: "1" }, text: "mra-circulair validate x", line: 3 },
    ]);
  });
});
