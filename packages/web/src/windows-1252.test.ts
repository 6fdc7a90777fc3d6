import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import windows1252 from "./windows-1252.ts";

// iconv-lite is io's dependency, not the page's: load it from io, whose reader the page's decoder stands in for
const iconv = createRequire(import.meta.resolve("@mra-circulair/io"))("iconv-lite") as typeof windows1252;

const everyByte = Uint8Array.from({ length: 256 }, (_, byte) => byte);

describe("the page's Windows-1252 decoder", () => {
  it("decodes every byte as iconv-lite does, U+FFFD for the five undefined ones included", () => {
    const expected = iconv.getDecoder("windows-1252").write(everyByte);
    expect(windows1252.getDecoder("windows-1252").write(everyByte)).toBe(expected);
    expect(expected.match(/\uFFFD/g)).toHaveLength(5);
  });

  it("decodes a chunk longer than one String.fromCharCode call takes", () => {
    const long = new Uint8Array(20_000).fill(0x80);
    expect(windows1252.getDecoder("windows-1252").write(long)).toBe("€".repeat(20_000));
  });

  it("refuses any other encoding", () => {
    expect(() => windows1252.getDecoder("shift_jis")).toThrow(RangeError);
  });
});
