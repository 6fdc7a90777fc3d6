import { describe, expect, it } from "vitest";
import { findHazards, loneSurrogateAt, MAX_HAZARDS } from "./hazards.ts";

const hazardsOf = (text: string, depthLimit = 64) => findHazards(text, 0, text.length, depthLimit).hazards;

describe("loneSurrogateAt", () => {
  it.each([
    ['"\\ud83d\\ude00"', -1],
    ['"😀"', -1],
    ['"\\ud83d"', 1],
    ['"x\\ude00"', 2],
    ['"\\ud83d\\ud83d\\ude00"', 1],
    ['"\\ud83dx"', 1],
    ['"\\\\ud800"', -1],
  ])("finds the lone surrogate in %s", (token, offset) => {
    expect(loneSurrogateAt(token, 0, token.length)).toBe(offset);
  });
});

describe("findHazards", () => {
  it("finds nothing in clean JSON", () => {
    expect(hazardsOf('{"a": [1, 2.5, "\\u00e9 😀"], "b": {"a": 1}}')).toEqual([]);
  });

  it("finds duplicate keys, nested and in arrays, at their second occurrence", () => {
    expect(hazardsOf('{"a": 1, "x": [{"b": 1, "b": 2}], "a": 3}')).toEqual([
      { kind: "duplicate-key", offset: 24, path: ["x", 0, "b"], key: "b" },
      { kind: "duplicate-key", offset: 34, path: ["a"], key: "a" },
    ]);
  });

  it("finds numbers that are not read exactly", () => {
    expect(hazardsOf("[1e400, 12345678901234567890, 2]")).toEqual([
      { kind: "number-not-exact", offset: 1, path: [0], literal: "1e400", parsed: "Infinity" },
      {
        kind: "number-not-exact",
        offset: 8,
        path: [1],
        literal: "12345678901234567890",
        parsed: "12345678901234567000",
      },
    ]);
  });

  it("finds lone surrogates in values and keys, and byte order marks in strings", () => {
    expect(hazardsOf('{"\\udc00": "a\\ud800", "b": "x\ufeffy"}')).toEqual([
      { kind: "lone-surrogate", offset: 2, path: ["\udc00"], escape: "\\udc00" },
      { kind: "lone-surrogate", offset: 13, path: ["\udc00"], escape: "\\ud800" },
      { kind: "byte-order-mark", offset: 29, path: ["b"] },
    ]);
  });

  it("reports only the first container past the depth limit", () => {
    expect(hazardsOf('{"a": 1, "a": 2, "b": [[[1e400]]]}', 3)).toEqual([
      { kind: "nesting-too-deep", offset: 24, path: ["b", 0, 0] },
    ]);
  });

  it("keeps at most MAX_HAZARDS", () => {
    const text = `{${Array.from({ length: MAX_HAZARDS + 10 }, () => '"a": 1').join(",")}}`;
    expect(hazardsOf(text)).toHaveLength(MAX_HAZARDS);
  });
});
