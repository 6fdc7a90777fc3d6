import { describe, expect, it } from "vitest";
import { excerpt } from "./excerpt.ts";

describe("excerpt", () => {
  it("shows a value as JSON", () => {
    expect(excerpt("ftp://x")).toBe('"ftp://x"');
    expect(excerpt(1800)).toBe("1800");
    expect(excerpt(null)).toBe("null");
    expect(excerpt({ a: [1, true] })).toBe('{"a":[1,true]}');
    expect(excerpt(undefined)).toBeUndefined();
  });

  it("strips control characters, also those JSON would escape", () => {
    expect(excerpt("\u001b[31mred\u202e\nline")).toBe('"[31mredline"');
    expect(excerpt({ "k\u0007": "v" })).toBe('{"k":"v"}');
  });

  it("cuts at 80 characters without splitting a character", () => {
    const long = excerpt("😀".repeat(200)) ?? "";
    expect(Array.from(long)).toHaveLength(80);
    expect(long.endsWith("😀…")).toBe(true);
    expect(excerpt({ list: Array.from({ length: 1_000_000 }, (_, i) => i) })).toMatch(/^\{"list":\[0,1,2,.*…$/);
  });

  it("reads only the start of a deeply nested value", () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(excerpt(deep)).toBe(`${"[".repeat(79)}…`);
  });
});
