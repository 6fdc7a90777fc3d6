import { describe, expect, it } from "vitest";
import { addMonths, civilFromDays, daysFromCivil, isoDate, parseIsoDate, weekday } from "./calendar.ts";

describe("day numbers", () => {
  it("agree with Date.UTC from 1850 to 2100, both ways", () => {
    const mismatches: string[] = [];
    for (let days = daysFromCivil(1850, 1, 1); days <= daysFromCivil(2100, 12, 31); days += 1) {
      const expected = new Date(days * 86_400_000).toISOString().slice(0, 10);
      if (isoDate(days) !== expected || parseIsoDate(expected) !== days) mismatches.push(expected);
    }
    expect(mismatches).toEqual([]);
    expect(civilFromDays(0)).toEqual([1970, 1, 1]);
    expect(parseIsoDate("2024-02-29")).toBe(Date.UTC(2024, 1, 29) / 86_400_000);
  });

  it("know the weekday", () => {
    expect(weekday(parseIsoDate("2018-06-20"))).toBe(3); // the declaration was signed on a Wednesday
    expect(weekday(parseIsoDate("1969-12-28"))).toBe(0);
  });

  it("add months, ending on the last day of a shorter month", () => {
    expect(isoDate(addMonths(parseIsoDate("2019-06-01"), 36))).toBe("2022-06-01");
    expect(isoDate(addMonths(parseIsoDate("2024-01-31"), 1))).toBe("2024-02-29");
    expect(isoDate(addMonths(parseIsoDate("2023-01-31"), 1))).toBe("2023-02-28");
    expect(isoDate(addMonths(parseIsoDate("2023-12-15"), 1))).toBe("2024-01-15");
    expect(isoDate(addMonths(parseIsoDate("2023-11-30"), 3))).toBe("2024-02-29");
  });
});
