import { describe, expect, it } from "vitest";
import { formatCount, formatDate, formatPoints, formatValue } from "./format.ts";

describe("formatValue", () => {
  it("writes each unit in the conventions of the language", () => {
    expect(formatValue("12.5", "percent", "nl")).toBe("12,5%");
    expect(formatValue("12.5", "percent", "en")).toBe("12.5%");
    expect(formatValue("1234.5", "tonne", "nl")).toBe("1.234,5\u00a0t");
    expect(formatValue("1234.5", "tonne", "en")).toBe("1,234.5\u00a0t");
    expect(formatValue("41.25", "tonne-co2e", "en")).toBe("41.3\u00a0t\u00a0CO\u2082e");
    expect(formatValue("1250000.49", "eur", "nl")).toBe("€\u00a01.250.000");
    expect(formatCount(33000, "en")).toBe("33,000");
  });

  it("rounds an exact decimal half away from zero, not through a float", () => {
    // as a float this number has lost its last digits; as a decimal string it keeps them
    expect(formatValue("123456789012345678.25", "tonne", "en")).toBe("123,456,789,012,345,678.3\u00a0t");
    expect(formatValue("-0.15", "percent", "en")).toBe("-0.2%");
    expect(formatValue("23.333333", "percent", "nl")).toBe("23,3%");
    expect(formatPoints("-76.666667", "nl")).toBe("-76,7");
  });

  it("writes a date in Amsterdam time", () => {
    // 23:30 UTC on 31 December is already New Year's Day in Amsterdam
    const date = new Date("2025-12-31T23:30:00Z");
    expect(formatDate(date, "nl")).toBe("1 januari 2026");
    expect(formatDate(date, "en")).toBe("1 January 2026");
  });
});
