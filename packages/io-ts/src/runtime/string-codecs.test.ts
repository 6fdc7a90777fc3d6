import { describe, expect, test } from "vitest";
import { boundedString, calendarDate, dateTime } from "./string-codecs.ts";

const accepts = (codec: { is(value: unknown): boolean; decode(value: unknown): { _tag: string } }, value: unknown) => {
  const decoded = codec.decode(value)._tag === "Right";
  expect(codec.is(value)).toBe(decoded);
  return decoded;
};

describe("boundedString", () => {
  const short = boundedString({ minLength: 1, maxLength: 2, pattern: /^\p{L}+$/u });

  test("counts code points and tests the pattern", () => {
    expect(accepts(short, "ab")).toBe(true);
    expect(accepts(short, "𝒜𝒜")).toBe(true);
    expect(accepts(short, "abc")).toBe(false);
    expect(accepts(short, "")).toBe(false);
    expect(accepts(short, "1")).toBe(false);
    expect(accepts(short, 1)).toBe(false);
  });

  test("refuses a global pattern, whose lastIndex would carry over", () => {
    expect(() => boundedString({ pattern: /a/g })).toThrow();
  });
});

describe("calendarDate", () => {
  test.each([
    ["2024-02-29", true],
    ["2000-02-29", true],
    ["1900-02-29", false],
    ["2023-02-29", false],
    ["2023-02-30", false],
    ["2023-04-31", false],
    ["2023-13-01", false],
    ["2023-00-10", false],
    ["2023-2-3", false],
    ["2023-02-03T00:00:00Z", false],
  ])("%s is %s", (value, valid) => {
    expect(accepts(calendarDate(), value)).toBe(valid);
  });
});

describe("dateTime", () => {
  const codec = dateTime({ maxLength: 35, pattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/u });

  test("needs the pattern and an existing date", () => {
    expect(accepts(codec, "2024-02-29T10:00:00Z")).toBe(true);
    expect(accepts(codec, "2023-02-29T10:00:00Z")).toBe(false);
    expect(accepts(codec, "2024-02-29 10:00:00Z")).toBe(false);
  });
});
