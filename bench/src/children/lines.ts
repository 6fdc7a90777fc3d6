import { closeSync, openSync, readSync } from "node:fs";

const CHUNK_BYTES = 4 * 1024 * 1024;
const NEWLINE = 0x0a;

/**
 * Calls `onLine` with every non-empty line of a file, in order, on one thread: synchronous reads of 4 MiB chunks,
 * one UTF-8 decode per chunk up to its last line break (a line break byte never occurs inside a multi-byte
 * character), then string slicing. This is as little as reading NDJSON can do; the limit row measures it.
 */
export function forEachLine(file: string, onLine: (line: string) => void): void {
  const fd = openSync(file, "r");
  let buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let carried = 0;
  try {
    for (;;) {
      if (carried === buffer.length) {
        // a line longer than the buffer: grow it
        const bigger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(bigger, 0, 0, carried);
        buffer = bigger;
      }
      const read = readSync(fd, buffer, carried, buffer.length - carried, null);
      const end = carried + read;
      if (read === 0) {
        if (end > 0) emit(buffer.toString("utf8", 0, end), onLine);
        return;
      }
      const lastBreak = buffer.lastIndexOf(NEWLINE, end - 1);
      if (lastBreak < 0) {
        carried = end;
        continue;
      }
      emit(buffer.toString("utf8", 0, lastBreak), onLine);
      buffer.copy(buffer, 0, lastBreak + 1, end);
      carried = end - lastBreak - 1;
    }
  } finally {
    closeSync(fd);
  }
}

function emit(text: string, onLine: (line: string) => void): void {
  let start = 0;
  while (start <= text.length) {
    let stop = text.indexOf("\n", start);
    if (stop < 0) stop = text.length;
    const lineEnd = stop > start && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
    if (lineEnd > start) onLine(text.slice(start, lineEnd));
    start = stop + 1;
  }
}

/** The last line a child prints: its result as JSON, with its own peak RSS and CPU time for machines without GNU time. */
export function report(result: Record<string, unknown>): void {
  const usage = process.resourceUsage();
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
  process.stdout.write(`${JSON.stringify({ ...result, maxRssKb: usage.maxRSS, cpuMs })}\n`);
}
