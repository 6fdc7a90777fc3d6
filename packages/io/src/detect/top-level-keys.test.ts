import { describe, expect, it } from "vitest";
import { topLevelKeys } from "./top-level-keys.ts";

/** The text as bytes in chunks of `size`, to cross every boundary. */
async function* chunks(text: string, size = 3): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

const never = () => false;

describe("top-level keys", () => {
  it("finds the keys of the root object only, across chunks and escapes", async () => {
    const text = '\uFEFF{ "id" : "x", "na\\u006de": {"inner": [1, {"deep": 2}]}, "list": ["a,\\"b"], "é": null }';
    for (const size of [1, 2, 3, 7, 1000]) {
      expect(await topLevelKeys(chunks(text, size), never)).toEqual({
        kind: "keys",
        keys: ["id", "name", "list", "é"],
      });
    }
  });

  it("stops at the first key asked for", async () => {
    const text = '{"organisations": [{"meta": 1}], "meta": {"id": "x"}, "after": 1';
    expect(await topLevelKeys(chunks(text), (key) => key === "meta")).toEqual({ kind: "stopped", key: "meta" });
  });

  it("gives up on what is no object, and on a text too long to tell", async () => {
    expect(await topLevelKeys(chunks('[{"id": 1}]'), never)).toEqual({ kind: "unknown" });
    expect(await topLevelKeys(chunks("42"), never)).toEqual({ kind: "unknown" });
    expect(await topLevelKeys(chunks('{"id": '), never)).toEqual({ kind: "unknown" });
    expect(await topLevelKeys(chunks(""), never)).toEqual({ kind: "unknown" });
    const long = `{"a": "${"x".repeat(100)}", "b": 1}`;
    expect(await topLevelKeys(chunks(long, 10), never, 50)).toEqual({ kind: "unknown" });
    expect(await topLevelKeys(chunks(long, 10), never)).toEqual({ kind: "keys", keys: ["a", "b"] });
  });
});
