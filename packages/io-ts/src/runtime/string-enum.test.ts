import { describe, expect, test } from "vitest";
import { stringEnum } from "./string-enum.ts";

describe("stringEnum", () => {
  test("accepts its codes only, also for names on Object.prototype", () => {
    const kind = stringEnum(["gemeente", "provincie"]);
    expect(kind.is("gemeente")).toBe(true);
    for (const value of ["Gemeente", "constructor", "__proto__", "toString", 1]) expect(kind.is(value)).toBe(false);
  });
});
