/** Receives the lines a {@link LineSplitter} finds, in order. */
export interface LineHandler {
  /**
   * A line in `bytes[start, end)`, without its "\n" and without a "\r" before it; `number` is 1-based. The bytes
   * are only valid during the call. `joined` when the line came in more than one chunk, so that `bytes` is not
   * the chunk last given to `chunk`.
   */
  line(bytes: Uint8Array, start: number, end: number, number: number, joined: boolean): void;
  /** The chunk whose lines come next, before they come. */
  chunk?(bytes: Uint8Array): void;
  /** A line longer than the limit, skipped without being kept: its number and its length in bytes. */
  tooLong(number: number, length: number): void;
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * Splits a stream of bytes into lines at "\n" (so "\r\n" too), in constant memory: a line within a chunk is
 * handed over in place, a line across chunks is joined, and a line over `maxLineBytes` is counted and
 * dropped, never collected. UTF-8 can be split on "\n" bytes, as no multi-byte sequence contains one.
 */
export class LineSplitter {
  readonly #maxLineBytes: number;
  #parts: Uint8Array[] = [];
  #pending = 0;
  #skipping = false;
  #lastByte = 0;
  #number: number;

  /** `firstLine` numbers the first line, for input that starts further into a file. */
  constructor(maxLineBytes: number, firstLine = 1) {
    this.#maxLineBytes = maxLineBytes;
    this.#number = firstLine;
  }

  /** Splits the next chunk; the lines it completes go to `handler`. */
  push(chunk: Uint8Array, handler: LineHandler): void {
    // lines go out on a plain view: a Node Buffer finds line breaks fastest, a Uint8Array makes subarrays fastest
    const view =
      chunk.constructor === Uint8Array ? chunk : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length);
    handler.chunk?.(chunk);
    let start = 0;
    let newline = chunk.indexOf(LF);
    if (this.#pending > 0 || this.#skipping) {
      if (newline === -1) {
        this.#keep(chunk, 0, chunk.length);
        return;
      }
      this.#keep(chunk, 0, newline);
      this.#finish(handler);
      start = newline + 1;
      newline = chunk.indexOf(LF, start);
    }
    while (newline !== -1) {
      this.#emit(view, start, newline, handler, false);
      start = newline + 1;
      newline = chunk.indexOf(LF, start);
    }
    if (start < chunk.length) this.#keep(chunk, start, chunk.length);
  }

  /** Hands over the last line when the input does not end with a line break. */
  end(handler: LineHandler): void {
    if (this.#pending > 0 || this.#skipping) this.#finish(handler);
  }

  /** The number the next line gets: one more than the lines handed over so far. */
  get nextLine(): number {
    return this.#number;
  }

  #keep(chunk: Uint8Array, start: number, end: number): void {
    const length = end - start;
    if (length === 0) return;
    this.#pending += length;
    this.#lastByte = chunk[end - 1] ?? 0;
    if (this.#skipping) return;
    // one byte of slack for a "\r" that the line break will strip
    if (this.#pending > this.#maxLineBytes + 1) {
      this.#skipping = true;
      this.#parts = [];
      return;
    }
    // a copy, so that neither a reused buffer nor the rest of a big chunk is held
    // a copy: slice of a Buffer would be a view that keeps the whole chunk alive
    this.#parts.push(new Uint8Array(chunk.subarray(start, end)));
  }

  #finish(handler: LineHandler): void {
    if (this.#skipping) {
      handler.tooLong(this.#number++, this.#lastByte === CR ? this.#pending - 1 : this.#pending);
    } else {
      const parts = this.#parts;
      const line = parts.length === 1 && parts[0] ? parts[0] : new Uint8Array(this.#pending);
      if (parts.length > 1) {
        let at = 0;
        for (const part of parts) {
          line.set(part, at);
          at += part.length;
        }
      }
      this.#emit(line, 0, line.length, handler, true);
    }
    this.#parts = [];
    this.#pending = 0;
    this.#skipping = false;
  }

  #emit(bytes: Uint8Array, start: number, newline: number, handler: LineHandler, joined: boolean): void {
    const end = newline > start && bytes[newline - 1] === CR ? newline - 1 : newline;
    if (end - start > this.#maxLineBytes) handler.tooLong(this.#number++, end - start);
    else handler.line(bytes, start, end, this.#number++, joined);
  }
}
