import { describe, expect, test } from "vitest";
import { finiteNumber, integer } from "./numbers.ts";

describe("numbers", () => {
  test("finiteNumber rejects NaN and Infinity, which t.number accepts", () => {
    const codec = finiteNumber({ minimum: 0 });
    expect(codec.is(1.5)).toBe(true);
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, -1, "1"]) expect(codec.is(value)).toBe(false);
  });

  test("integer accepts integral numbers within bounds, as ajv does", () => {
    const codec = integer(1900, 2100);
    for (const value of [1900, 2100, 2025.0]) expect(codec.decode(value)._tag).toBe("Right");
    for (const value of [1899, 2101, 2025.5, Number.NaN, "2025"]) expect(codec.decode(value)._tag).toBe("Left");
  });
});
