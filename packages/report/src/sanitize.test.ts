import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sanitize } from "./sanitize.ts";
import { unsafeCharacters } from "./testing/unsafe-characters.ts";

const ESC = "\u001b";

describe("sanitize", () => {
  it("keeps ordinary text, accents and emoji", () => {
    expect(sanitize("Café Müller – 😀 € ’")).toBe("Café Müller – 😀 € ’");
  });

  it("drops C0 and C1 controls and DEL", () => {
    expect(sanitize("a\u0000b\u0007c\td\ne\rf\u007fg\u0085h\u0080i")).toBe("abcdefghi");
  });

  it("removes ANSI escape sequences whole, not only their ESC", () => {
    expect(sanitize(`${ESC}[31mred${ESC}[0m`)).toBe("red");
    expect(sanitize(`${ESC}[2J${ESC}[1;1Hclear`)).toBe("clear");
    expect(sanitize(`${ESC}[?25lhidden cursor`)).toBe("hidden cursor");
    expect(sanitize(`\u009b31mC1 CSI`)).toBe("C1 CSI");
    expect(sanitize(`${ESC}cRIS`)).toBe("RIS");
    expect(sanitize(`${ESC}(Bcharset`)).toBe("charset");
  });

  it("removes terminal hyperlinks and titles (OSC), whatever ends them", () => {
    expect(sanitize(`${ESC}]8;;https://evil.example${ESC}\\click${ESC}]8;;${ESC}\\`)).toBe("click");
    expect(sanitize(`${ESC}]0;title\u0007text`)).toBe("text");
    expect(sanitize(`\u009d0;title\u009ctext`)).toBe("text");
    expect(sanitize(`before${ESC}]0;never ended`)).toBe("before");
  });

  it("drops bidi overrides, isolates and invisible marks", () => {
    expect(sanitize("abc\u202edcba\u202c")).toBe("abcdcba");
    expect(sanitize("\u2066x\u2069\u200ey\u200fz\u061c")).toBe("xyz");
    expect(sanitize("zero\u200bwidth\ufeff\u2060")).toBe("zerowidth");
  });

  it("replaces lone surrogates and keeps pairs", () => {
    expect(sanitize("a\ud800b")).toBe("a\ufffdb");
    expect(sanitize("a\udc00b")).toBe("a\ufffdb");
    expect(sanitize("\udc00\ud800")).toBe("\ufffd\ufffd");
    expect(sanitize("\ud83d\ude00")).toBe("😀");
  });

  it("cuts at `max` characters with an ellipsis, never splitting an emoji", () => {
    expect(sanitize("abcdef", 4)).toBe("abc…");
    expect(sanitize("abcd", 4)).toBe("abcd");
    expect(sanitize("😀".repeat(10), 3)).toBe("😀😀…");
    // the cut counts what is shown, not what was dropped
    expect(sanitize(`${ESC}[31m${"\u0000".repeat(50)}abc`, 3)).toBe("abc");
  });

  it("reads only as much of a long text as it keeps", () => {
    const huge = "x".repeat(50_000_000);
    // reading all of it takes seconds; ten characters take microseconds
    const started = performance.now();
    expect(sanitize(huge, 10)).toBe(`${"x".repeat(9)}…`);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it("never lets an unsafe character through, and is idempotent", () => {
    const text = fc.string({
      unit: fc.oneof(fc.constantFrom(ESC, "[", "]", "\u009b", "\u0007", "\u202e"), fc.string({ unit: "binary" })),
    });
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 50 }), (input, max) => {
        const output = sanitize(input, max);
        expect(unsafeCharacters(output)).toEqual([]);
        expect(Array.from(output).length).toBeLessThanOrEqual(max);
        expect(sanitize(output)).toBe(output);
      }),
      { numRuns: 2000 },
    );
  });
});
