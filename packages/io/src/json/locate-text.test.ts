import { describe, expect, it } from "vitest";
import { locateJsonText } from "./locate-text.ts";

const locate = (text: string, pointer: string) => {
  const located = locateJsonText(text);
  if (!located.ok) throw new Error(`not JSON at ${located.problem.line}:${located.problem.column}`);
  return located.locate(pointer);
};

describe("locateJsonText", () => {
  const text = ["{", '  "a": {"b": [10, {"c/d": 1, "e~f": [true]}]},', '  "g" :  "x"', "}"].join("\n");

  it("finds where the value at a pointer starts, not its key", () => {
    expect(locate(text, "")).toEqual({ line: 1, column: 1 });
    expect(locate(text, "/a")).toEqual({ line: 2, column: 8 });
    expect(locate(text, "/a/b")).toEqual({ line: 2, column: 14 });
    expect(locate(text, "/a/b/0")).toEqual({ line: 2, column: 15 });
    expect(locate(text, "/a/b/1/c~1d")).toEqual({ line: 2, column: 27 });
    expect(locate(text, "/a/b/1/e~0f/0")).toEqual({ line: 2, column: 38 });
    expect(locate(text, "/g")).toEqual({ line: 3, column: 10 });
  });

  it("falls back to the deepest ancestor that exists, and refuses what is no pointer", () => {
    expect(locate(text, "/a/b/7")).toEqual({ line: 2, column: 14 });
    expect(locate(text, "/x")).toEqual({ line: 1, column: 1 });
    expect(locate(text, "a")).toBeUndefined();
  });

  it("finds the last of duplicate keys, as JSON.parse keeps the last", () => {
    expect(locate('{"a": 1,\n "a": 2}', "/a")).toEqual({ line: 2, column: 7 });
  });

  it("gives the first syntax problem", () => {
    expect(locateJsonText('{\n  "a": 1.0.0\n}')).toEqual({ ok: false, problem: { line: 2, column: 11 } });
    expect(locateJsonText('{"a": [1,')).toEqual({ ok: false, problem: { line: 1, column: 10 } });
    expect(locateJsonText("")).toEqual({ ok: false, problem: { line: 1, column: 1 } });
    expect(locateJsonText("{} {}")).toEqual({ ok: false, problem: { line: 1, column: 4 } });
  });

  it("counts columns in code points and does not count a leading byte-order mark", () => {
    expect(locateJsonText('["😀", x]')).toEqual({ ok: false, problem: { line: 1, column: 7 } });
    expect(locate('{"😀": "😀", "b": 1}', "/b")).toEqual({ line: 1, column: 17 });
    expect(locate('\ufeff{"a": 1}', "/a")).toEqual({ line: 1, column: 7 });
    expect(locateJsonText("\ufeff[1,]")).toEqual({ ok: false, problem: { line: 1, column: 4 } });
  });

  it("does not overflow on deep nesting", () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    expect(locate(deep, "/0".repeat(50_000))).toEqual({ line: 1, column: 50_001 });
  });
});
