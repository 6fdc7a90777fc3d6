import * as t from "io-ts";
import { describe, expect, test } from "vitest";
import { boundedArray } from "./bounded-array.ts";

describe("boundedArray", () => {
  const codes = boundedArray(t.string, { minItems: 1, maxItems: 3, uniqueItems: true });

  test("bounds the length and rejects repeated strings", () => {
    expect(codes.decode(["a", "b"])._tag).toBe("Right");
    expect(codes.decode([])._tag).toBe("Left");
    expect(codes.decode(["a", "b", "c", "d"])._tag).toBe("Left");
    expect(codes.decode(["a", "a"])._tag).toBe("Left");
    expect(codes.is(["a", "a"])).toBe(false);
  });

  test("rejects a bad item and a non-array", () => {
    expect(codes.decode(["a", 1])._tag).toBe("Left");
    expect(codes.decode({ 0: "a", length: 1 })._tag).toBe("Left");
  });
});
