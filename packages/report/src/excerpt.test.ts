import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { excerpt } from "./excerpt.ts";
import { unsafeCharacters } from "./testing/unsafe-characters.ts";

describe("excerpt", () => {
  it("shows a value as compact JSON", () => {
    expect(excerpt("ftp://x")).toBe('"ftp://x"');
    expect(excerpt(1800)).toBe("1800");
    expect(excerpt(null)).toBe("null");
    expect(excerpt(true)).toBe("true");
    expect(excerpt({ a: [1, true, null], "": {} })).toBe('{"a":[1,true,null],"":{}}');
    expect(excerpt('say "hi" \\ bye')).toBe('"say \\"hi\\" \\\\ bye"');
  });

  it("names what JSON cannot show", () => {
    expect(excerpt(undefined)).toBe("undefined");
    expect(excerpt(Number.POSITIVE_INFINITY)).toBe("Infinity");
    expect(excerpt(Number.NaN)).toBe("NaN");
    expect(excerpt(12345678901234567890n)).toBe("12345678901234567890");
    expect(excerpt(() => 1)).toBe("function");
    expect(excerpt([Symbol("s"), undefined])).toBe("[symbol,undefined]");
  });

  it("strips control characters, ANSI escapes and bidi overrides, in values and keys", () => {
    expect(excerpt("\u001b[31mred\u001b[0m\u202e\nline")).toBe('"redline"');
    expect(excerpt({ "k\u0007\u2066": "v\u009b2J" })).toBe('{"k":"v"}');
    expect(excerpt(["\ud800"])).toBe('["\ufffd"]');
  });

  it("keeps own members only, so an inherited or prototype key shows nothing", () => {
    const parsed = JSON.parse('{"__proto__": {"x": 1}, "a": 2}');
    expect(excerpt(parsed)).toBe('{"__proto__":{"x":1},"a":2}');
    expect(excerpt(Object.create({ inherited: 1 }))).toBe("{}");
  });

  it("cuts at `max` characters with an ellipsis, without splitting a character", () => {
    const long = excerpt("😀".repeat(200));
    expect(Array.from(long)).toHaveLength(80);
    expect(long.endsWith("😀…")).toBe(true);
    expect(excerpt("abcdefghij", 5)).toBe('"abc…');
    expect(excerpt("abc", 5)).toBe('"abc"');
    expect(excerpt({ list: Array.from({ length: 1_000_000 }, (_, i) => i) })).toMatch(/^\{"list":\[0,1,2,.*…$/);
  });

  it("shows a cut string as cut, even when stripping leaves it short", () => {
    expect(excerpt(`${"\u0000".repeat(1000)}tail`, 10)).toBe('"…');
    expect(excerpt([`${"\u0000".repeat(1000)}tail`, 1], 10)).toBe('["…');
  });

  it("ends on cyclic values", () => {
    const list: unknown[] = [1];
    list.push(list);
    expect(excerpt(list, 20)).toBe("[1,[1,[1,[1,[1,[1,[…");
    const object: Record<string, unknown> = {};
    object.self = object;
    expect(excerpt(object, 20)).toBe('{"self":{"self":{"s…');
  });

  it("reads only the start of a deeply nested value", () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(excerpt(deep)).toBe(`${"[".repeat(79)}…`);
    expect(excerpt(deep, 1_000_000)).toHaveLength(10_000);
  });

  it("reads only a prefix of a huge string", () => {
    const huge = "x".repeat(50_000_000);
    const keyed = { [huge]: 1 };
    // reading all of it takes seconds; a prefix takes well under a millisecond
    const started = performance.now();
    expect(excerpt(huge)).toBe(`"${"x".repeat(78)}…`);
    expect(excerpt(keyed)).toBe(`{"${"x".repeat(77)}…`);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it("never throws, even when reading a member throws", () => {
    const getter = Object.defineProperty({ a: 1 }, "b", {
      enumerable: true,
      get() {
        throw new Error("no");
      },
    });
    expect(excerpt(getter)).toBe('{"a":1…');
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("no");
        },
      },
    );
    expect(excerpt(proxy)).toBe("{…");
  });

  it("stays short and safe for any value", () => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withMap: true, withSet: true, withDate: true }),
        fc.integer({ min: 1, max: 100 }),
        (value, max) => {
          const shown = excerpt(value, max);
          expect(Array.from(shown).length).toBeLessThanOrEqual(max);
          expect(unsafeCharacters(shown)).toEqual([]);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("matches JSON.stringify for short JSON values", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const json = JSON.stringify(value);
        // escapes aside, which excerpt avoids by stripping what JSON would escape
        if (json.length <= 80 && !json.includes("\\") && unsafeCharacters(json).length === 0) {
          expect(excerpt(value)).toBe(json);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
