import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { generateNdjsonLines } from "@mra-circulair/generator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capture } from "../testing/capture.ts";
import { type Bar, type BarPayload, fileProgress, type ProgressOptions } from "./progress.ts";

/** A bar that records what it was told. */
function recordingBar(calls: string[]): Bar {
  return {
    start: (total: number, value: number, payload: BarPayload) =>
      calls.push(`start ${total} ${value} ${payload.records}`),
    update: (value: number, payload: BarPayload) => calls.push(`update ${value} ${payload.records}`),
    stop: () => calls.push("stop"),
  };
}

/** A clock that stands still until moved. */
function manualClock() {
  let time = 0;
  return {
    now: () => time,
    advance: (ms: number) => {
      time += ms;
    },
  };
}

function options(enabled: boolean, clock: { now: () => number }, calls: string[]): ProgressOptions {
  return { enabled, now: clock.now, createBar: () => recordingBar(calls) };
}

describe("file progress", () => {
  it("shows nothing for a file read within a second", () => {
    const calls: string[] = [];
    const clock = manualClock();
    const progress = fileProgress(options(true, clock, calls), "a.ndjson", 1000);
    progress.bytes(500);
    clock.advance(999);
    progress.bytes(1000);
    progress.stop();
    expect(calls).toEqual([]);
  });

  it("shows a bar of bytes read once a file has been read for a second, and clears it at the end", () => {
    const calls: string[] = [];
    const clock = manualClock();
    const progress = fileProgress(options(true, clock, calls), "a.ndjson", 1000);
    progress.bytes(100);
    clock.advance(1000);
    progress.bytes(400);
    progress.records(20);
    clock.advance(5000);
    progress.bytes(1000);
    progress.stop();
    progress.bytes(1000);
    expect(calls).toEqual(["start 1000 400 0", "update 400 20", "update 1000 20", "stop"]);
  });

  it("never shows a bar when stderr is no terminal, however long it takes", () => {
    const calls: string[] = [];
    const clock = manualClock();
    const progress = fileProgress(options(false, clock, calls), "a.ndjson", 1000);
    clock.advance(60_000);
    progress.bytes(10);
    progress.records(1);
    progress.stop();
    expect(calls).toEqual([]);
  });

  it("honours another delay", () => {
    const calls: string[] = [];
    const clock = manualClock();
    const progress = fileProgress({ ...options(true, clock, calls), delayMs: 0 }, "a.ndjson", 10);
    progress.bytes(1);
    expect(calls).toEqual(["start 10 1 0"]);
  });
});

describe("the progress bar of validate", () => {
  let dir: string;
  const file = () => join(dir, "data.ndjson");

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "mra-circulair-progress-"));
    await writeFile(file(), `${[...generateNdjsonLines({ records: 20, seed: 3 })].join("\n")}\n`);
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** A terminal stand-in: a stream that says it is a TTY and keeps what is drawn on it. */
  function terminal() {
    const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 120 });
    let drawn = "";
    stream.on("data", (chunk: Buffer) => {
      drawn += chunk.toString("utf8");
    });
    return { stream, drawn: () => drawn };
  }

  it("draws on a terminal when the clock says reading takes long, and clears before the report", async () => {
    const tty = terminal();
    let time = 0;
    const slow = () => {
      time += 2000;
      return time;
    };
    const { code, stdout, stderr } = await capture(
      ["validate", file()],
      {},
      { stderrIsTTY: true, progressStream: tty.stream, now: slow },
    );
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain(": valid");
    expect(tty.drawn()).toMatch(/data\.ndjson █+░* \d+% [\d,]+ records/);
    expect(tty.drawn()).toContain("100%");
    // cleared: the last thing drawn erases the line
    expect(tty.drawn().endsWith("\u001b[2K")).toBe(true);
  });

  it("draws nothing when the file is quick or stderr is no terminal", async () => {
    const quick = terminal();
    await capture(["validate", file()], {}, { stderrIsTTY: true, progressStream: quick.stream, now: () => 0 });
    expect(quick.drawn()).toBe("");
    const pipe = terminal();
    let time = 0;
    const slow = () => {
      time += 2000;
      return time;
    };
    await capture(["validate", file()], {}, { stderrIsTTY: false, progressStream: pipe.stream, now: slow });
    expect(pipe.drawn()).toBe("");
  });
});
