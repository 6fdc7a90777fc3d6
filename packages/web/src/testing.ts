import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { run } from "@mra-circulair/cli";
import type { Language } from "@mra-circulair/report";

/** Paths of the files the page's tests drop: the repository's example dataset and the broken fixtures. */
export const fixtures = {
  example: new URL("../../../examples/mra-example.dataset.json", import.meta.url).pathname,
  brokenCsv: new URL("fixtures/broken.procurements.csv", import.meta.url).pathname,
  brokenNdjson: new URL("fixtures/broken.ndjson", import.meta.url).pathname,
  unknownCsv: new URL("fixtures/unknown-headings.csv", import.meta.url).pathname,
};

/** A file on disk as a browser File with the same bytes, under its own name or another. */
export function fileFrom(path: string, name = basename(path)): File {
  return new File([readFileSync(path)], name);
}

/**
 * A JSON report with every file named by its base name, or by `name`: the CLI names a file by its path, the page by
 * the name of the dropped file.
 */
export function namedAs(json: string, name?: string): unknown {
  const report = JSON.parse(json) as { files: { file: string; findings: { location: { file: string } }[] }[] };
  const rename = (file: string) => name ?? basename(file);
  for (const file of report.files) {
    file.file = rename(file.file);
    for (const finding of file.findings) finding.location.file = rename(finding.location.file);
  }
  return report;
}

/** Runs the CLI in-process on `args` and returns its standard output; throws unless it exits with 0 (valid) or 1 (invalid). */
export async function runCli(args: string[]): Promise<string> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    isTTY: false,
    env: {},
  });
  if (code > 1) throw new Error(`mra-circulair ${args.join(" ")} failed with ${code}: ${stderr}`);
  return stdout;
}

/** The CLI's JSON report of a file: `mra-circulair validate <args> --format json --lang <lang>`. */
export const cliReport = (args: string[], lang: Language) =>
  runCli(["validate", ...args, "--format", "json", "--lang", lang]);
