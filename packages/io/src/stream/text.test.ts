import { describe, expect, it } from "vitest";
import { chunksOf } from "./testing.ts";
import { readText } from "./text.ts";

const encode = (text: string) => new TextEncoder().encode(text);
const join = (...parts: Uint8Array[]) => {
  const all = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
};

describe("readText", () => {
  it("decodes across chunks and drops a leading byte order mark", async () => {
    const bytes = join(new Uint8Array([0xef, 0xbb, 0xbf]), encode('{"a": "€ 😀"}'));
    for (const size of [1, 2, 3, 5, 100]) {
      expect(await readText(chunksOf(bytes, size), 1000)).toEqual({ kind: "text", text: '{"a": "€ 😀"}' });
    }
  });

  it("stops at the limit", async () => {
    expect(await readText(chunksOf("x".repeat(100), 10), 50)).toEqual({ kind: "too-large", limit: 50 });
  });

  it("locates the first byte that is not UTF-8, wherever the chunks are cut", async () => {
    const bytes = join(encode('{\n  "naam": "Caf'), new Uint8Array([0xe9]), encode(' M€"\n}'));
    for (let size = 1; size <= bytes.length; size++) {
      // the bytes shown are those of the chunk that failed
      const read = await readText(chunksOf(bytes, size), 1000);
      expect(read).toMatchObject({ kind: "not-utf8", line: 2, column: 15, bytes: expect.stringMatching(/^E9/) });
    }
  });

  it("reports a sequence cut off by the end of the file", async () => {
    const bytes = join(encode("ab\n€"), new Uint8Array([0xe2, 0x82]));
    for (const size of [1, 2, 100]) {
      expect(await readText(chunksOf(bytes, size), 1000)).toEqual({
        kind: "not-utf8",
        line: 2,
        column: 2,
        bytes: "E2 82",
      });
    }
  });
});
