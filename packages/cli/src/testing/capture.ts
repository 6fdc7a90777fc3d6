import type { Io } from "../context.ts";
import { run } from "../index.ts";

/** What one run printed and returned. */
export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI in-process with captured streams; English and no colour unless `env` says otherwise. `io` replaces
 * parts of the streams, such as a data sink or a terminal for the progress bar.
 */
export async function capture(
  argv: string[],
  env: Record<string, string> = {},
  io: Partial<Io> = {},
): Promise<Captured> {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    isTTY: false,
    env: { LANG: "en_US.UTF-8", ...env },
    ...io,
  });
  return { code, stdout, stderr };
}
