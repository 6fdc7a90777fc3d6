import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { neutralise, unneutralise } from "./neutralise.ts";

describe("formula neutralising (G14)", () => {
  it("puts a ' before every string a spreadsheet could read as a formula", () => {
    for (const value of [
      "=1+1",
      "+31 6 1234",
      "-5",
      "@SUM(A1)",
      "\t=1",
      "\r=1",
      "\r\n=1",
      "\n=1",
      "\0x",
      "＝1+1",
      "＋1",
      "－1",
      "＠A1",
      " =1",
      "   +1",
      '=HYPERLINK("http://x","y")',
    ]) {
      expect(neutralise(value), JSON.stringify(value)).toBe(`'${value}`);
    }
  });

  it("leaves other strings alone", () => {
    for (const value of ["Meubilair", "12", "a=b", "", " x", "'quoted", "ab-c", "\u00a0=1"]) {
      expect(neutralise(value)).toBe(value);
    }
  });

  it("adds one more ' to strings that already start with quotes before a trigger", () => {
    expect(neutralise("'=1")).toBe("''=1");
    expect(neutralise("'' +1")).toBe("''' +1");
  });

  it("is undone exactly by the reader, for every string", () => {
    fc.assert(
      fc.property(
        fc.tuple(
          fc.constantFrom("", "'", "''", " ", "' "),
          fc.constantFrom("", "=", "+", "-", "@", "\t", "\r", "\n", "\0", "＝", "x"),
          fc.string(),
        ),
        ([prefix, trigger, rest]) => {
          const value = prefix + trigger + rest;
          expect(unneutralise(neutralise(value))).toBe(value);
        },
      ),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(fc.string({ unit: "binary" }), (value) => unneutralise(neutralise(value)) === value));
  });
});
