import { fullFormats } from "ajv-formats/dist/formats.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isFullDate } from "./full-date.ts";

const ajvFormatsDate = fullFormats.date as { validate: (text: string) => boolean };
const pad = (value: number, width: number) => String(value).padStart(width, "0");

describe("isFullDate", () => {
  it("agrees with ajv-formats' full date on dates, near-dates and any text", () => {
    const nearDate = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 19 }), fc.integer({ min: 0, max: 39 }))
      .map(([year, month, day]) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
    const mangled = fc
      .tuple(nearDate, fc.nat({ max: 9 }), fc.string({ minLength: 1, maxLength: 1, unit: "binary" }))
      .map(([date, at, char]) => `${date.slice(0, at)}${char}${date.slice(at + 1)}`);
    const texts = fc.oneof(nearDate, mangled, fc.string({ maxLength: 12, unit: "binary" }));
    fc.assert(
      fc.property(texts, (text) => isFullDate(text) === ajvFormatsDate.validate(text)),
      { numRuns: 20_000 },
    );
  });

  it.each([
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["1900-02-29", false],
    ["2000-02-29", true],
    ["2023-13-01", false],
    ["2023-00-10", false],
    ["2023-04-31", false],
    ["2023-04-30", true],
    ["2023-4-30", false],
    ["２０２３-04-30", false],
    ["2023-04-30\n", false],
    ["+023-04-30", false],
  ])("%j is a date: %s", (text, expected) => {
    expect(isFullDate(text)).toBe(expected);
    expect(ajvFormatsDate.validate(text)).toBe(expected);
  });
});
