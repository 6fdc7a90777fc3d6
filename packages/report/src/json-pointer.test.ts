import { describe, expect, it } from "vitest";
import { appendPointer, escapeToken, formatPointer, parsePointer, valueAt } from "./json-pointer.ts";

describe("JSON Pointer", () => {
  it("escapes ~ and / and nothing else", () => {
    expect(escapeToken("a/b~c")).toBe("a~1b~0c");
    expect(escapeToken(3)).toBe("3");
    expect(formatPointer(["record", "a/b", 0], 1)).toBe("/a~1b/0");
    expect(appendPointer("/x", "~")).toBe("/x/~0");
  });

  it("parses what it formats and refuses what is no pointer", () => {
    const tokens = ["a/b", "c~d", "", "0"];
    expect(parsePointer(formatPointer(tokens))).toEqual(tokens);
    expect(parsePointer("")).toEqual([]);
    expect(parsePointer("a")).toBeUndefined();
    expect(parsePointer("/~2")).toBeUndefined();
  });

  it("finds values through own properties only", () => {
    const value = JSON.parse('{"a":[{"b~/":1}],"__proto__":{"x":2}}');
    expect(valueAt(value, "/a/0/b~0~1")).toBe(1);
    expect(valueAt(value, "/__proto__/x")).toBe(2);
    expect(valueAt(value, "/toString")).toBeUndefined();
    expect(valueAt(value, "")).toBe(value);
    expect(valueAt(value, "nope")).toBeUndefined();
  });
});
