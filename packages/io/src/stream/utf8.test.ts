import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createUtf8Decoder, findUtf8Error, hexBytes, incompleteTailLength } from "./utf8.ts";

const bytes = (...values: number[]) => new Uint8Array(values);

describe("findUtf8Error", () => {
  it("accepts ASCII and well-formed multi-byte sequences", () => {
    expect(findUtf8Error(new TextEncoder().encode("Café € 😀 Müller"))).toBe(-1);
  });

  it.each([
    ["a Windows-1252 é", bytes(0x43, 0x61, 0x66, 0xe9, 0x20), 3],
    ["a lone continuation byte", bytes(0x61, 0x80), 1],
    ["an overlong slash", bytes(0xc0, 0xaf), 0],
    ["an overlong three-byte form", bytes(0xe0, 0x80, 0xaf), 0],
    ["a UTF-8 encoded surrogate", bytes(0xed, 0xa0, 0x80), 0],
    ["a code point past U+10FFFF", bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ["a truncated sequence at the end", bytes(0x61, 0xe2, 0x82), 1],
    ["an invalid second byte", bytes(0xc3, 0x28), 0],
  ])("finds %s", (_name, input, offset) => {
    expect(findUtf8Error(input)).toBe(offset);
  });

  it("agrees with the fatal TextDecoder on any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (input) => {
        let valid = true;
        try {
          createUtf8Decoder().decode(input);
        } catch {
          valid = false;
        }
        expect(findUtf8Error(input) === -1).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  it("decodes the prefix before the error without complaint", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (input) => {
        const at = findUtf8Error(input);
        expect(() => createUtf8Decoder().decode(input.subarray(0, at === -1 ? input.length : at))).not.toThrow();
      }),
    );
  });
});

describe("incompleteTailLength", () => {
  it("counts the bytes of an unfinished sequence at the end", () => {
    expect(incompleteTailLength(bytes(0x61))).toBe(0);
    expect(incompleteTailLength(bytes(0x61, 0xe2))).toBe(1);
    expect(incompleteTailLength(bytes(0x61, 0xe2, 0x82))).toBe(2);
    expect(incompleteTailLength(bytes(0xe2, 0x82, 0xac))).toBe(0);
    expect(incompleteTailLength(bytes(0xf0, 0x9f, 0x98))).toBe(3);
    expect(incompleteTailLength(bytes())).toBe(0);
  });
});

describe("hexBytes", () => {
  it("shows up to four bytes in hex", () => {
    expect(hexBytes(bytes(0x43, 0xe9, 0x0a, 0xff, 0x00, 0x01), 1)).toBe("E9 0A FF 00");
    expect(hexBytes(bytes(0xc3), 0)).toBe("C3");
  });
});
