import { describe, expect, it } from "vitest";
import { locateOffset, TextRecord } from "./text-record.ts";

const offsetOf = (text: string, pointer: string[], duplicates = false) =>
  locateOffset(text, 0, text.length, pointer, duplicates);

describe("locateOffset", () => {
  const text = '{"a": {"b": [10, {"c/d": 1, "e~f": [true]}]}, "g": ""}';

  it("finds a member at its key, an item at its value, the root at its start", () => {
    expect(offsetOf(text, [])).toBe(0);
    expect(offsetOf(text, ["a"])).toBe(1);
    expect(offsetOf(text, ["a", "b", "0"])).toBe(13);
    expect(offsetOf(text, ["a", "b", "1", "c/d"])).toBe(text.indexOf('"c/d"'));
    expect(offsetOf(text, ["a", "b", "1", "e~f", "0"])).toBe(text.indexOf("true"));
    expect(offsetOf(text, ["g"])).toBe(text.indexOf('"g"'));
  });

  it("falls back to the deepest ancestor that exists", () => {
    expect(offsetOf(text, ["a", "b", "7"])).toBe(text.indexOf('"b"'));
    expect(offsetOf(text, ["a", "x", "y"])).toBe(1);
    expect(offsetOf(text, ["a", "b", "01"])).toBe(text.indexOf('"b"'));
  });

  it("finds the last of duplicate keys when asked, as JSON.parse keeps the last", () => {
    const twice = '{"a": {"x": 1}, "a": {"x": 2}}';
    expect(offsetOf(twice, ["a", "x"])).toBe(7);
    expect(offsetOf(twice, ["a", "x"], true)).toBe(twice.lastIndexOf('"x"'));
    const secondWithout = '{"a": {"x": 1}, "a": {"y": 2}}';
    expect(offsetOf(secondWithout, ["a", "x"], true)).toBe(secondWithout.lastIndexOf('"a"'));
  });

  it("does not overflow on deep nesting", () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    expect(
      offsetOf(
        deep,
        Array.from({ length: 50_000 }, () => "0"),
      ),
    ).toBe(50_000);
  });
});

describe("TextRecord", () => {
  const text = '\n  {\n    "id": "P-1",\n    "lots": [\n      {"title": "Meubilair 😀", "value": 12}\n    ]\n  }';
  const start = text.indexOf("{");
  const record = new TextRecord(
    "Procurement",
    JSON.parse(text),
    { file: "d.json", line: 2, column: 3 },
    "/procurements/0",
    text,
    start,
    text.length,
    [],
    false,
  );

  it("locates nested pointers in lines and characters", () => {
    expect(record.locate("/id")).toEqual({ file: "d.json", line: 3, column: 5 });
    expect(record.locate("/lots/0")).toEqual({ file: "d.json", line: 5, column: 7 });
    expect(record.locate("/lots/0/value")).toEqual({ file: "d.json", line: 5, column: 32 });
    expect(record.locate("")).toEqual({ file: "d.json", line: 2, column: 3 });
  });

  it("gives the record's place for a pointer that is not one", () => {
    expect(record.locate("lots")).toBe(record.location);
    expect(record.locate("/~2")).toBe(record.location);
  });

  it("reads escaped pointer tokens", () => {
    const line = '{"type": "goal", "record": {"a/b": {"c~d": 1}}}';
    const inLine = new TextRecord(
      "Goal",
      {},
      { file: "x.ndjson", line: 4 },
      "",
      line,
      0,
      line.length,
      ["record"],
      false,
    );
    expect(inLine.locate("/a~1b/c~0d")).toEqual({ file: "x.ndjson", line: 4, column: line.indexOf('"c~d"') + 1 });
    expect(inLine.locate("")).toEqual({ file: "x.ndjson", line: 4, column: line.indexOf('"record"') + 1 });
  });
});
