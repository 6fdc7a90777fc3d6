import { describe, expect, it } from "vitest";
import { Exact, formatValue, fromUnits, percentOf } from "./round.ts";

describe("formatValue", () => {
  it.each([
    ["0.0000005", "0"],
    ["0.0000015", "0.000002"],
    ["0.0000025", "0.000002"],
    ["2.5000005", "2.5"],
    ["-1.0000035", "-1.000004"],
    ["-0.0000001", "0"],
    ["10.500000", "10.5"],
    ["300000", "300000"],
  ])("rounds %s half to even to 6 decimals: %s", (input, expected) => {
    expect(formatValue(new Exact(input))).toBe(expected);
  });

  it("refuses a value with more than 18 integer digits", () => {
    expect(() => formatValue(new Exact("1000000000000000000"))).toThrow(RangeError);
    expect(formatValue(new Exact("999999999999999999.4"))).toBe("999999999999999999.4");
  });
});

describe("percentOf and fromUnits", () => {
  it("divide exactly enough for the one rounding", () => {
    expect(formatValue(percentOf(1n, 3n))).toBe("33.333333");
    expect(formatValue(percentOf(2, 3))).toBe("66.666667");
    // 1 cent of 2,000,000.00 euro is 0.0000005%: a tie, rounded to the even 0
    expect(formatValue(percentOf(1n, 200_000_000n))).toBe("0");
    expect(formatValue(percentOf(3n, 200_000_000n))).toBe("0.000002");
    expect(formatValue(fromUnits(123_456n, 2))).toBe("1234.56");
    expect(formatValue(fromUnits(1n, 6))).toBe("0.000001");
  });
});
