import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const TIME_BINARY = "/usr/bin/time";

/** One run of a command: wall time, peak RSS and what it printed. */
export interface Run {
  readonly wallMs: number;
  /** Peak resident set size in kilobytes, or undefined when it could not be read. */
  readonly rssKb: number | undefined;
  /** CPU time, user plus system, in milliseconds; less disturbed than wall time by other processes. */
  readonly cpuMs: number | undefined;
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

const KEEP_CHARS = 64 * 1024;

function appendTail(kept: string, chunk: Buffer): string {
  const next = kept + chunk.toString("utf8");
  return next.length > KEEP_CHARS ? next.slice(-KEEP_CHARS) : next;
}

/** The last line of the output that parses as a JSON object: a child's result. */
export function lastJson(output: string): Record<string, unknown> | undefined {
  const lines = output.trim().split("\n").reverse();
  for (const line of lines) {
    if (!line.startsWith("{")) continue;
    try {
      return JSON.parse(line) as Record<string, unknown>;
    } catch {
      // not a result line
    }
  }
  return undefined;
}

/**
 * Measures peak RSS with GNU time when the machine has it; without it, a Node child reports its own through a
 * preload module (see {@link RssFallback}) and the Python child prints its getrusage figure.
 */
export class Runner {
  readonly useTime: boolean;
  readonly #fallback: RssFallback;

  constructor(workDir: string, useTime = existsSync(TIME_BINARY)) {
    this.useTime = useTime;
    this.#fallback = new RssFallback(workDir);
  }

  /** Runs `command` to its end and measures it; the output kept is the last 64 KiB of each stream. */
  async run(command: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<Run> {
    const [program, ...args] = this.useTime ? [TIME_BINARY, "-v", ...command] : command;
    if (program === undefined) throw new Error("empty command");
    const childEnv = this.useTime ? env : this.#fallback.env(env);
    const started = performance.now();
    const child = spawn(program, args, { stdio: ["ignore", "pipe", "pipe"], env: childEnv });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout = appendTail(stdout, chunk);
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr = appendTail(stderr, chunk);
    });
    const exitCode = await new Promise<number>((resolve, reject) => {
      child.on("error", reject);
      child.on("close", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
    });
    const wallMs = performance.now() - started;
    let rssKb: number | undefined;
    let cpuMs: number | undefined;
    if (this.useTime) {
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      if (rss) rssKb = Number(rss[1]);
      const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
      const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
      if (user && system) cpuMs = (Number(user[1]) + Number(system[1])) * 1000;
      // GNU time appends its report to the child's stderr; keep the child's own part only
      stderr = stderr.replace(/\n?\tCommand being timed:[\s\S]*$/, "");
    } else {
      const usage = this.#fallback.take();
      const reported = lastJson(stdout);
      rssKb = Math.max(usage?.rssKb ?? 0, typeof reported?.maxRssKb === "number" ? reported.maxRssKb : 0) || undefined;
      cpuMs = usage?.cpuMs ?? (typeof reported?.cpuMs === "number" ? reported.cpuMs : undefined);
    }
    return { wallMs, rssKb, cpuMs, exitCode, stdout, stderr };
  }
}

/**
 * Peak RSS and CPU time without GNU time: NODE_OPTIONS preloads a module that writes process.resourceUsage() to a
 * file when the Node process exits, which works for programs we do not control (the CLI, ajv-cli).
 */
class RssFallback {
  readonly #preload: string;
  readonly #output: string;

  constructor(workDir: string) {
    this.#preload = join(workDir, "report-rss.cjs");
    this.#output = join(workDir, "rss.txt");
  }

  env(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
    if (!existsSync(this.#preload)) {
      writeFileSync(
        this.#preload,
        [
          'process.on("exit", () => {',
          "  const usage = process.resourceUsage();",
          "  const report = { rssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 };",
          `  require("node:fs").writeFileSync(${JSON.stringify(this.#output)}, JSON.stringify(report));`,
          "});",
          "",
        ].join("\n"),
      );
    }
    rmSync(this.#output, { force: true });
    const options = [env.NODE_OPTIONS, `--require=${this.#preload}`].filter(Boolean).join(" ");
    return { ...env, NODE_OPTIONS: options };
  }

  take(): { rssKb?: number; cpuMs?: number } | undefined {
    if (!existsSync(this.#output)) return undefined;
    try {
      return JSON.parse(readFileSync(this.#output, "utf8")) as { rssKb?: number; cpuMs?: number };
    } catch {
      return undefined;
    }
  }
}
