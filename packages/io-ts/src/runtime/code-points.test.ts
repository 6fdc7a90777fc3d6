import { expect, test } from "vitest";
import { codePointLength, withinCodePoints } from "./code-points.ts";

test("code points are counted as ajv counts them", () => {
  expect(codePointLength("😀😀")).toBe(2);
  expect(codePointLength("a\ud800")).toBe(2);
  expect(withinCodePoints("😀😀", 0, 2)).toBe(true);
  expect(withinCodePoints("😀😀😀", 0, 2)).toBe(false);
  expect(withinCodePoints("", 1, 2)).toBe(false);
  expect(withinCodePoints("a".repeat(10), 0, Number.POSITIVE_INFINITY)).toBe(true);
});
