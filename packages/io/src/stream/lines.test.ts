import { describe, expect, it } from "vitest";
import { type LineHandler, LineSplitter } from "./lines.ts";
import { chunksOf } from "./testing.ts";

type Event = { line: number; text: string; joined: boolean } | { line: number; tooLong: number };

function split(chunks: Uint8Array[], maxLineBytes = 1024): Event[] {
  const events: Event[] = [];
  const decoder = new TextDecoder();
  const handler: LineHandler = {
    line: (bytes, start, end, line, joined) =>
      events.push({ line, text: decoder.decode(bytes.subarray(start, end)), joined }),
    tooLong: (line, length) => events.push({ line, tooLong: length }),
  };
  const splitter = new LineSplitter(maxLineBytes);
  for (const chunk of chunks) splitter.push(chunk, handler);
  splitter.end(handler);
  return events;
}

const texts = (events: Event[]) => events.map((event) => ("text" in event ? event.text : `<${event.tooLong}>`));

describe("LineSplitter", () => {
  it("splits at \\n, strips a \\r before it, and keeps the last line without a break", () => {
    expect(texts(split(chunksOf("a\r\nb\n\nc")))).toEqual(["a", "b", "", "c"]);
  });

  it("numbers lines from 1, blank ones included", () => {
    expect(split(chunksOf("a\n\nb\n")).map((event) => event.line)).toEqual([1, 2, 3]);
  });

  it("gives the same lines wherever the chunks are cut", () => {
    const text = "één\r\ntwee 😀\n\ndrie\r\n";
    const expected = texts(split(chunksOf(text)));
    const bytes = new TextEncoder().encode(text);
    for (let size = 1; size <= bytes.length; size++) expect(texts(split(chunksOf(bytes, size)))).toEqual(expected);
  });

  it("copies the start of a line it keeps for the next chunk, also out of a Buffer, whose slice is a view", () => {
    const first = Buffer.from("ab\ncd");
    const events: Event[] = [];
    const handler: LineHandler = {
      line: (bytes, start, end, line, joined) =>
        events.push({ line, text: Buffer.from(bytes.subarray(start, end)).toString(), joined }),
      tooLong: (line, length) => events.push({ line, tooLong: length }),
    };
    const splitter = new LineSplitter(1024);
    splitter.push(first, handler);
    first.fill(0x78);
    splitter.push(Buffer.from("e\n"), handler);
    expect(texts(events)).toEqual(["ab", "cde"]);
  });

  it("says when a line was joined from chunks", () => {
    expect(split(chunksOf("ab\ncd\n", 4)).map((event) => "joined" in event && event.joined)).toEqual([false, true]);
  });

  it("skips a line over the limit with its length, and reads the lines after it", () => {
    const long = "x".repeat(100);
    for (const size of [7, 1000]) {
      expect(texts(split(chunksOf(`a\n${long}\r\nb\n`, size), 50))).toEqual(["a", "<100>", "b"]);
    }
  });

  it("allows a line of exactly the limit, its \\r not counted", () => {
    expect(texts(split(chunksOf("12345\r\n123456\n", 3), 5))).toEqual(["12345", "<6>"]);
  });

  it("does not keep a long line while skipping it", () => {
    // a line of 64 MiB in 1 MiB chunks through a 1 KiB limit: held memory would show as a slow test or a crash
    const chunk = new Uint8Array(1024 * 1024).fill(0x61);
    const handler = { lines: 0, tooLong: 0 };
    const splitter = new LineSplitter(1024);
    const sink: LineHandler = { line: () => handler.lines++, tooLong: (_line, length) => (handler.tooLong = length) };
    for (let i = 0; i < 64; i++) splitter.push(chunk, sink);
    splitter.push(new TextEncoder().encode("\nok\n"), sink);
    splitter.end(sink);
    expect(handler).toEqual({ lines: 1, tooLong: 64 * 1024 * 1024 });
  });
});
