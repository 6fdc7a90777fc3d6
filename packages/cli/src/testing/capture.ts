import { run } from "../index.ts";

/** What one run printed and returned. */
export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured streams; English and no colour unless `env` says otherwise. */
export async function capture(argv: string[], env: Record<string, string> = {}): Promise<Captured> {
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
  });
  return { code, stdout, stderr };
}
