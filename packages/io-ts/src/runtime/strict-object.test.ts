import * as t from "io-ts";
import { describe, expect, test } from "vitest";
import { strictObject } from "./strict-object.ts";

const Thing = strictObject({ name: t.string }, { note: t.string });
const decode = (value: unknown) => Thing.decode(value);

describe("strictObject", () => {
  test("accepts known keys and returns a fresh object", () => {
    const input = { name: "a", note: "b" };
    const result = decode(input);
    expect(result._tag).toBe("Right");
    if (result._tag === "Right") {
      expect(result.right).toEqual(input);
      expect(result.right).not.toBe(input);
    }
  });

  test("rejects unknown own keys, also __proto__ and constructor from JSON.parse", () => {
    expect(decode({ name: "a", extra: 1 })._tag).toBe("Left");
    expect(decode(JSON.parse('{"name":"a","__proto__":{"polluted":true}}'))._tag).toBe("Left");
    expect(decode(JSON.parse('{"name":"a","constructor":{"prototype":{}}}'))._tag).toBe("Left");
    expect(Thing.is(JSON.parse('{"name":"a","__proto__":{}}'))).toBe(false);
  });

  test("requires required keys and refuses undefined for an optional key", () => {
    expect(decode({})._tag).toBe("Left");
    expect(decode({ name: "a", note: undefined })._tag).toBe("Left");
    expect(decode({ name: "a" })._tag).toBe("Right");
  });

  test("rejects non-objects", () => {
    for (const value of [null, [], "a", 1, undefined]) expect(decode(value)._tag).toBe("Left");
  });

  test("does not pass inherited keys through", () => {
    const inherited = Object.create({ name: "a" }) as unknown;
    expect(decode(inherited)._tag).toBe("Left");
  });

  test("refuses to declare __proto__", () => {
    expect(() => strictObject(JSON.parse('{"__proto__":null}') as t.Props)).toThrow("__proto__");
  });
});
