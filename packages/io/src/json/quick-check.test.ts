import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findHazards } from "./hazards.ts";
import { CHECK_TEXT, CLEAN, quickCheck, SUSPECT, TOO_DEEP } from "./quick-check.ts";

const verdict = (text: string, depthLimit = 64) => quickCheck(text, JSON.parse(text), depthLimit);

describe("quickCheck", () => {
  it("passes clean records", () => {
    expect(verdict('{"id": "P-1", "amount": 1234.56, "tags": ["a", {"nl": "x", "en": "y"}], "n": null}')).toBe(CLEAN);
    expect(verdict('"text"')).toBe(CLEAN);
  });

  it.each([
    ['{"a": 1, "a": 2}', "a duplicate key"],
    ['{"a": {"b": 1, "b": 2}}', "a nested duplicate key"],
    ['[{"b": 1, "b" : 2}]', "a duplicate key in an array, with a space before the colon"],
    ['{"n": 1e400}', "an overflowing number"],
    ['{"n": 1e-400}', "an underflowing number"],
    ['{"n": 12345678901234567890}', "an integer beyond 2^53"],
    ['{"n": 0.1000000000000000000001}', "a long decimal"],
    ["[0.1000000000000000000001]", "a long decimal in an array"],
    ['{"s": "\\ud800"}', "a lone surrogate escape"],
    ['{"s": "a\ufeffb"}', "a byte order mark"],
    ["12", "a number as the whole value"],
  ])("suspects %s (%s)", (text) => {
    expect(verdict(text)).toBe(SUSPECT);
  });

  it("finds nesting past the limit, however deep", () => {
    expect(verdict("[[[]]]", 3)).toBe(CLEAN);
    expect(verdict("[[[[]]]]", 3)).toBe(TOO_DEEP);
    expect(verdict(`${"[".repeat(100_000)}${"]".repeat(100_000)}`)).toBe(TOO_DEEP);
    expect(verdict(`${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`)).toBe(TOO_DEEP);
  });

  it("counts keys outside the value", () => {
    const text = '{"type": "goal", "record": {"a": 1}}';
    expect(quickCheck(text, { a: 1 }, 64, 2, CHECK_TEXT)).toBe(CLEAN);
    expect(quickCheck(text, { a: 1 }, 64, 1, CHECK_TEXT)).toBe(SUSPECT);
  });

  it("never passes a text the exact scan finds a hazard in", () => {
    // the quick check may suspect too much, but must not miss
    const key = fc.constantFrom("a", "b", "\\u0061", "__proto__");
    const number = fc.constantFrom("1", "1e400", "-0", "12345678901234567890", "0.1000000000000000000001", "2.5e3");
    const text = fc.constantFrom('"x"', '"\\ud800"', '"\\ud83d\\ude00"', '"a:b"', '"\ufeff"');
    const value = fc.letrec<{ value: string }>((tie) => ({
      value: fc.oneof(
        { depthSize: "small" },
        number,
        text,
        fc.array(tie("value"), { maxLength: 4 }).map((items) => `[${items.join(",")}]`),
        fc
          .array(fc.tuple(key, tie("value"), fc.constantFrom("", " ", "\n")), { maxLength: 4 })
          .map((members) => `{${members.map(([k, v, space]) => `"${k}"${space}:${space}${v}`).join(",")}}`),
      ),
    })).value;
    fc.assert(
      fc.property(value, (json) => {
        const found = findHazards(json, 0, json.length, 64).hazards;
        if (found.length > 0) expect(verdict(json)).not.toBe(CLEAN);
      }),
      { numRuns: 3000 },
    );
  });

  it("sees through a polluted Object.prototype", () => {
    const text = '{"a": 1, "a": 2, "b": 3}';
    const value = JSON.parse(text);
    Object.defineProperty(Object.prototype, "polluted", {
      value: 1,
      enumerable: true,
      configurable: true,
      writable: true,
    });
    try {
      expect(quickCheck(text, value, 64)).toBe(SUSPECT);
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
  });
});
