import { describe, expect, it } from "vitest";
import { formatCents, formatScaled } from "./decimal.ts";

describe("formatCents", () => {
  it("writes exactly two decimals", () => {
    expect(formatCents(125_000_000)).toBe("1250000.00");
    expect(formatCents(41_500_050)).toBe("415000.50");
    expect(formatCents(7)).toBe("0.07");
    expect(formatCents(0)).toBe("0.00");
  });

  it("rejects what is not a whole, non-negative number of cents", () => {
    for (const bad of [-1, 0.5, Number.MAX_SAFE_INTEGER + 2]) expect(() => formatCents(bad)).toThrow(RangeError);
  });
});

describe("formatScaled", () => {
  it("drops trailing zeros and keeps leading ones", () => {
    expect(formatScaled(95_000, 2)).toBe("950");
    expect(formatScaled(1275, 2)).toBe("12.75");
    expect(formatScaled(1820, 2)).toBe("18.2");
    expect(formatScaled(5, 2)).toBe("0.05");
    expect(formatScaled(0, 2)).toBe("0");
    expect(formatScaled(-150n, 2)).toBe("-1.5");
  });
});
