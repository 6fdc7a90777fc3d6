import type { SourceLocation } from "@mra-circulair/report";
import { DEFAULT_MAX_DEPTH, DEFAULT_MAX_LINE_BYTES } from "../json/limits.ts";
import { TextRecord } from "../json/text-record.ts";
import { type LineHandler, LineSplitter } from "../stream/lines.ts";
import type { ByteSource, ReadItem } from "../stream/record.ts";
import { createUtf8Decoder } from "../stream/utf8.ts";
import type { NdjsonReadOptions } from "./read-ndjson.ts";
import { NdjsonLines } from "./read-ndjson.ts";

/** Whole lines of an NDJSON file, cut from its bytes by {@link ndjsonLineBatches} to be read elsewhere. */
export interface NdjsonLineBatch {
  /** The number of the first line: the skipped line when there is one, else the first line of `bytes`. */
  readonly firstLine: number;
  /** The length of a line over the limit that starts the batch, dropped unread; -1 when there is none. */
  readonly skipped: number;
  /** Whole lines, each ending with "\n". */
  readonly bytes: Uint8Array;
}

/**
 * Takes each item of a batch as soon as its line is read; for a record, where its text is, as
 * {@link locateInLine} takes it: the byte range in the batch's bytes, and whether it has duplicate keys.
 */
export type NdjsonBatchItem = (item: ReadItem, start: number, end: number, duplicates: boolean) => void;

const LF = 0x0a;
const CR = 0x0d;
const RECORD: readonly string[] = ["record"];

/**
 * Cuts an NDJSON file into batches of whole lines of about `batchBytes` each, in constant memory, numbering
 * them: only line breaks are searched, so the lines can be parsed on other threads. A line longer than
 * `maxLineBytes` that spans chunks is dropped as soon as it passes the limit, as {@link LineSplitter} does,
 * and starts a batch of its own as `skipped`. The last line gets a "\n" when the file lacks one.
 */
export async function* ndjsonLineBatches(
  source: ByteSource,
  options: {
    readonly maxLineBytes?: number;
    readonly batchBytes: number;
    /** Allocates a batch's memory: Node's Buffer, whose indexOf is several times faster; a Uint8Array by default. */
    readonly allocate?: (size: number) => Uint8Array;
  },
): AsyncGenerator<NdjsonLineBatch, void, undefined> {
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  const allocate = options.allocate ?? ((size: number) => new Uint8Array(size));
  // the bytes of the line not ended yet, copied so that a reused buffer cannot change them
  let pending: Uint8Array[] = [];
  let pendingLength = 0;
  let skipping = false;
  let lastByte = 0;
  // the batch being filled, with whole lines
  let buffer = allocate(options.batchBytes);
  let length = 0;
  let firstLine = 1;
  let skipped = -1;
  let nextLine = 1;

  const keep = (chunk: Uint8Array, start: number, end: number) => {
    if (end === start) return;
    pendingLength += end - start;
    lastByte = chunk[end - 1] ?? 0;
    if (skipping) return;
    // one byte of slack for a "\r" that the line break will strip
    if (pendingLength > maxLineBytes + 1) {
      skipping = true;
      pending = [];
      return;
    }
    // a copy: slice of a Buffer would be a view that keeps the whole chunk alive
    pending.push(new Uint8Array(chunk.subarray(start, end)));
  };
  // copied into the batch, whose memory goes to another thread
  const add = (view: Uint8Array) => {
    if (length + view.length > buffer.length) {
      const grown = allocate(Math.max(2 * buffer.length, length + view.length));
      grown.set(buffer.subarray(0, length));
      buffer = grown;
    }
    buffer.set(view, length);
    length += view.length;
  };
  const take = (): NdjsonLineBatch => {
    const batch = { firstLine, skipped, bytes: buffer.subarray(0, length) };
    buffer = allocate(options.batchBytes);
    firstLine = nextLine;
    skipped = -1;
    length = 0;
    return batch;
  };
  const endSkipped = (): NdjsonLineBatch | undefined => {
    // the skipped line starts a batch, so the one before ends here
    const before = length > 0 || skipped !== -1 ? take() : undefined;
    skipped = lastByte === CR ? pendingLength - 1 : pendingLength;
    firstLine = nextLine++;
    pending = [];
    pendingLength = 0;
    skipping = false;
    return before;
  };

  for await (const chunk of source) {
    const last = chunk.lastIndexOf(LF);
    if (last === -1) {
      keep(chunk, 0, chunk.length);
      continue;
    }
    let from = 0;
    if (skipping) {
      const first = chunk.indexOf(LF);
      keep(chunk, 0, first);
      const before = endSkipped();
      if (before) yield before;
      from = first + 1;
    } else {
      for (const part of pending) add(part);
      pending = [];
      pendingLength = 0;
    }
    const whole = chunk.subarray(from, last + 1);
    for (let at = whole.indexOf(LF); at !== -1; at = whole.indexOf(LF, at + 1)) nextLine++;
    add(whole);
    keep(chunk, last + 1, chunk.length);
    if (length >= options.batchBytes) yield take();
  }
  if (skipping) {
    const before = endSkipped();
    if (before) yield before;
  } else if (pendingLength > 0) {
    for (const part of pending) add(part);
    add(Uint8Array.of(LF));
    nextLine++;
  }
  if (length > 0 || skipped !== -1) yield take();
}

/** Hands on the items of each line as it is read, so that a record is checked while its value is fresh. */
class EachLine implements LineHandler {
  readonly #lines: NdjsonLines;
  readonly #each: NdjsonBatchItem;

  constructor(lines: NdjsonLines, each: NdjsonBatchItem) {
    this.#lines = lines;
    this.#each = each;
  }

  #handOn(): void {
    const items = this.#lines.take();
    const spans = this.#lines.spans ?? [];
    let record = 0;
    for (const item of items) {
      if (item.kind === "finding") this.#each(item, -1, -1, false);
      else {
        const at = 3 * record++;
        this.#each(item, spans[at] ?? 0, spans[at + 1] ?? 0, spans[at + 2] === 1);
      }
    }
    spans.length = 0;
  }

  chunk(bytes: Uint8Array): void {
    this.#lines.chunk(bytes);
  }

  line(bytes: Uint8Array, start: number, end: number, number: number, joined: boolean): void {
    this.#lines.line(bytes, start, end, number, joined);
    this.#handOn();
  }

  tooLong(number: number, length: number): void {
    this.#lines.tooLong(number, length);
    this.#handOn();
  }
}

/**
 * Reads a batch of {@link ndjsonLineBatches} as {@link readNdjson} reads those lines, but for the checks of the
 * meta line, which need the whole file (see {@link MetaLines}): each item goes to `each` in file order.
 */
export function readNdjsonLineBatch(batch: NdjsonLineBatch, options: NdjsonReadOptions, each: NdjsonBatchItem): void {
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  const lines = new NdjsonLines(options.file, options.maxDepth ?? DEFAULT_MAX_DEPTH, maxLineBytes, undefined, true);
  const handler = new EachLine(lines, each);
  if (batch.skipped !== -1) handler.tooLong(batch.firstLine, batch.skipped);
  const splitter = new LineSplitter(maxLineBytes, batch.skipped === -1 ? batch.firstLine : batch.firstLine + 1);
  splitter.push(batch.bytes, handler);
  splitter.end(handler);
}

/**
 * Where a pointer inside the record of an NDJSON line is, given the line's text as {@link NdjsonBatchItems}
 * spans it; `duplicates` when the line has duplicate keys, so that the last one is found.
 */
export function locateInLine(
  location: SourceLocation,
  bytes: Uint8Array,
  start: number,
  end: number,
  duplicates: boolean,
  pointer: string,
): SourceLocation {
  const text = createUtf8Decoder().decode(bytes.subarray(start, end));
  return new TextRecord("", undefined, location, "", text, 0, text.length, RECORD, duplicates).locate(pointer);
}
