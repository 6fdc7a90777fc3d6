import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findSyntaxProblem, type PathToken, scanJson } from "./scanner.ts";

describe("findSyntaxProblem", () => {
  it("finds nothing in valid JSON, whitespace around it included", () => {
    for (const text of [
      '{"a": [1, -2.5e+3, true, false, null, "x\\u00e9\\n"]}',
      " \t\r\n[] ",
      '"\\ud800"',
      "0",
      "{}",
    ]) {
      expect(findSyntaxProblem(text)).toBeUndefined();
    }
  });

  it.each([
    ['{"a": 1,}', "unexpected-character", 8],
    ['{"a": 1', "unexpected-end", 7],
    ["", "unexpected-end", 0],
    ["[1 2]", "unexpected-character", 3],
    ['{"a" 1}', "unexpected-character", 5],
    ["{a: 1}", "unexpected-character", 1],
    ['"tab\there"', "control-character", 4],
    ['"\\x"', "bad-escape", 2],
    ['"\\u12G4"', "bad-escape", 5],
    ["01", "trailing-data", 1],
    ["1.", "unexpected-end", 2],
    ["1.x", "bad-number", 2],
    ["-", "unexpected-end", 1],
    ["+1", "unexpected-character", 0],
    ["[1] x", "trailing-data", 4],
    ["tru", "unexpected-end", 3],
    ["nul!", "unexpected-character", 3],
    ["\ufeff{}", "unexpected-character", 0],
    ["[1e]", "bad-number", 3],
  ])("finds the problem of %j", (text, reason, offset) => {
    expect(findSyntaxProblem(text)).toMatchObject({ reason, offset });
  });

  it("tells where in the value the problem is", () => {
    expect(findSyntaxProblem('{"a": [1, {"b": tru}]}')?.path).toEqual(["a", 1, "b"]);
    expect(findSyntaxProblem('{"a": [1, 2,]}')?.path).toEqual(["a", 2]);
  });

  it("agrees with JSON.parse on what is JSON", () => {
    const jsonish = fc.stringMatching(/^[\s{}[\]",:0-9.eE+\-a-z\\]{0,24}$/);
    fc.assert(
      fc.property(fc.oneof(jsonish, fc.json(), fc.string()), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(findSyntaxProblem(text) === undefined).toBe(valid);
      }),
      { numRuns: 3000 },
    );
  });

  it("reads 100,000 levels of nesting without recursion", () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    expect(findSyntaxProblem(deep)).toBeUndefined();
    expect(findSyntaxProblem(`${'{"a":'.repeat(100_000)}1${"}".repeat(99_999)}`)).toMatchObject({
      reason: "unexpected-end",
      offset: 500_001 + 99_999,
    });
  });
});

describe("scanJson", () => {
  it("tells where each value starts, with its path and the offset of its key", () => {
    const text = '{"a": [10, {"b~/": null}], "c": "x"}';
    const seen: [number, number, PathToken[]][] = [];
    scanJson(text, 0, text.length, {
      value: (offset, keyOffset, path) => void seen.push([offset, keyOffset, [...path]]),
    });
    expect(seen).toEqual([
      [0, -1, []],
      [6, 1, ["a"]],
      [7, -1, ["a", 0]],
      [11, -1, ["a", 1]],
      [19, 12, ["a", 1, "b~/"]],
      [32, 27, ["c"]],
    ]);
  });

  it("reports duplicate keys, escaped ones too, per object", () => {
    const text = '{"a": 1, "b": {"a": 2}, "\\u0061": 3, "b": 4}';
    const duplicates: [string, number, PathToken[]][] = [];
    scanJson(text, 0, text.length, {
      duplicate: (key, offset, path) => void duplicates.push([key, offset, [...path]]),
    });
    expect(duplicates).toEqual([
      ["a", 24, ["a"]],
      ["b", 37, ["b"]],
    ]);
  });

  it("stops when the visitor says so", () => {
    const result = scanJson("[1, [2, [3]]]", 0, 13, { value: (_offset, _key, path) => path.length === 2 });
    expect(result).toEqual({ stopped: true });
  });
});
