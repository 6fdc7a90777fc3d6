import { describe, expect, test } from "vitest";
import { z } from "zod";
import { codePointLength, codePoints } from "./code-points.ts";

describe("codePointLength", () => {
  test("counts a surrogate pair once and a lone surrogate once", () => {
    expect(codePointLength("😀😀")).toBe(2);
    expect(codePointLength("a\ud800b")).toBe(3);
    expect(codePointLength("\udc00\ud800")).toBe(2);
    expect(codePointLength("")).toBe(0);
  });
});

describe("codePoints", () => {
  const upToTwo = z.string().check(codePoints({ min: 1, max: 2 }));

  test("counts code points, not UTF-16 units", () => {
    expect(upToTwo.safeParse("😀😀").success).toBe(true);
    expect(upToTwo.safeParse("a\ud800").success).toBe(true);
    expect(upToTwo.safeParse("😀😀😀").success).toBe(false);
    expect(upToTwo.safeParse("").success).toBe(false);
  });

  test("stops before a later pattern check when the string is too long", () => {
    let ran = false;
    const schema = z
      .string()
      .check(codePoints({ max: 2 }))
      .refine(() => {
        ran = true;
        return true;
      });
    expect(schema.safeParse("abc").success).toBe(false);
    expect(ran).toBe(false);
  });
});
