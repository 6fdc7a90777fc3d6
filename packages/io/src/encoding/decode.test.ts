import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { type DecodeEvent, type DecodeOptions, decodeText } from "./decode.ts";
import { scanUtf8 } from "./utf8.ts";

async function decodeAll(input: Uint8Array | AsyncIterable<Uint8Array>, options?: DecodeOptions) {
  const events: DecodeEvent[] = [];
  for await (const event of decodeText(input, options)) events.push(event);
  const text = events.flatMap((event) => (event.kind === "text" ? [event.text] : [])).join("");
  return { events, text };
}

async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const DUTCH = "Café Müller – koffie’s à € 12,50";

describe("scanUtf8", () => {
  it("accepts well-formed UTF-8 up to the end", () => {
    expect(scanUtf8(utf8("a€😀ë"))).toEqual({ end: 10, invalid: false });
  });

  it("points at the first invalid byte", () => {
    expect(scanUtf8(new Uint8Array([0x41, 0x80, 0x41]))).toEqual({ end: 1, invalid: true });
  });

  it("rejects overlong forms, surrogates and code points above U+10FFFF", () => {
    for (const bytes of [
      [0xc0, 0xaf],
      [0xe0, 0x80, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xf5, 0x80, 0x80, 0x80],
    ]) {
      expect(scanUtf8(new Uint8Array(bytes)).invalid).toBe(true);
    }
  });

  it("stops before a sequence cut off at the end without calling it invalid", () => {
    expect(scanUtf8(new Uint8Array([0x41, 0xe2, 0x82]))).toEqual({ end: 1, invalid: false });
  });
});

describe("decodeText (G15)", () => {
  it("decodes Windows-1252 bytes with €, ’ and – exactly, detected from the start of the file", async () => {
    const bytes = iconv.encode(DUTCH, "windows-1252");
    expect([...bytes]).toEqual(expect.arrayContaining([0x80, 0x92, 0x96, 0xe9, 0xfc]));
    const { events, text } = await decodeAll(bytes);
    expect(text).toBe(DUTCH);
    expect(events[0]).toEqual({ kind: "detected", encoding: "windows-1252" });
    expect(text).not.toMatch(/[\uFFFD\u0080-\u009F]/u);
  });

  it("decodes declared Windows-1252 without reporting a detection, also split in one-byte chunks", async () => {
    const { events, text } = await decodeAll(chunked(iconv.encode(DUTCH, "windows-1252"), 1), {
      encoding: "windows-1252",
    });
    expect(text).toBe(DUTCH);
    expect(events.some((event) => event.kind === "detected")).toBe(false);
  });

  it("never yields U+FFFD for the five bytes Windows-1252 leaves undefined: it stops there", async () => {
    const { events, text } = await decodeAll(new Uint8Array([0x41, 0x80, 0x81, 0x42]), { encoding: "windows-1252" });
    expect(text).toBe("A€");
    expect(events.at(-1)).toEqual({ kind: "invalid", encoding: "windows-1252", byte: 0x81 });
  });

  it("strips a UTF-8 BOM and reads UTF-8 even when Windows-1252 is declared", async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("id;€")]);
    expect((await decodeAll(bytes)).text).toBe("id;€");
    expect((await decodeAll(bytes, { encoding: "windows-1252" })).text).toBe("id;€");
  });

  it("decodes UTF-8 split inside a multi-byte character", async () => {
    const { text, events } = await decodeAll(chunked(utf8(DUTCH.repeat(50)), 3));
    expect(text).toBe(DUTCH.repeat(50));
    expect(events.some((event) => event.kind !== "text")).toBe(false);
  });

  it("stops with an invalid event at a non-UTF-8 byte after a UTF-8 start", async () => {
    const start = utf8(`${"a".repeat(70 * 1024)}\n`);
    const bytes = new Uint8Array([...start, 0x43, 0x80, 0x44]);
    const { events, text } = await decodeAll(chunked(bytes, 4096));
    expect(text).toBe(`${"a".repeat(70 * 1024)}\nC`);
    expect(events.at(-1)).toEqual({ kind: "invalid", encoding: "utf-8", byte: 0x80 });
  });

  it("does not fall back to Windows-1252 when UTF-8 is declared", async () => {
    const { events } = await decodeAll(iconv.encode(DUTCH, "windows-1252"), { encoding: "utf-8" });
    expect(events.at(-1)).toEqual({ kind: "invalid", encoding: "utf-8", byte: 0xe9 });
  });

  it("reports a UTF-8 sequence cut off at the end of the file", async () => {
    const { events } = await decodeAll(new Uint8Array([0x41, 0xe2, 0x82]), { encoding: "utf-8" });
    expect(events.at(-1)).toEqual({ kind: "invalid", encoding: "utf-8", byte: 0xe2 });
  });

  it("reads UTF-16 with a BOM (Excel's Unicode text)", async () => {
    const le = new Uint8Array([0xff, 0xfe, ...iconv.encode("id\t€😀", "utf-16le")]);
    const be = new Uint8Array([0xfe, 0xff, ...iconv.encode("id\t€😀", "utf-16be")]);
    expect((await decodeAll(chunked(le, 3))).text).toBe("id\t€😀");
    expect((await decodeAll(be)).events[0]).toEqual({ kind: "detected", encoding: "utf-16be" });
    expect((await decodeAll(be)).text).toBe("id\t€😀");
  });

  it("stops at a lone surrogate in UTF-16", async () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41, 0x00]);
    const { events, text } = await decodeAll(bytes);
    expect(text).toBe("A");
    expect(events.at(-1)?.kind).toBe("invalid");
  });
});
