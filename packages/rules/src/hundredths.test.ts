import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatHundredths, parseHundredths } from "./hundredths.ts";

describe("hundredths", () => {
  it.each([
    ["0", 0],
    ["7", 700],
    ["12.5", 1250],
    ["12.05", 1205],
    ["99.99", 9999],
    ["100", 10000],
    ["100.00", 10000],
  ])("parses %s as %i", (text, value) => {
    expect(parseHundredths(text)).toBe(value);
  });

  it.each(["", "1.", ".5", "1.234", "-1", "1e2", "1,5", " 1", "1000", 5, null])("refuses %j", (text) => {
    expect(parseHundredths(text)).toBeUndefined();
  });

  it.each([
    [0, "0"],
    [1, "0.01"],
    [10, "0.1"],
    [10050, "100.5"],
    [10001, "100.01"],
    [50000, "500"],
  ])("formats %i as %s", (value, text) => {
    expect(formatHundredths(value)).toBe(text);
  });

  it("formats what it parses back to the same number", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), (value) => {
        expect(parseHundredths(formatHundredths(value))).toBe(value);
      }),
    );
  });
});
