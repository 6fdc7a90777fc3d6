import { describe, expect, it } from "vitest";
import { catalogue, counted, type Phrase, phrase } from "./catalogue.ts";
import { placeholderNames } from "./placeholders.ts";

// words Dutch and English share
const SAME_IN_BOTH = new Set<Phrase>(["count.record.one", "count.record.other"]);
const keys = Object.keys(catalogue) as Phrase[];

describe("catalogue", () => {
  it.each(keys)("has %s in Dutch and English, with the same placeholders", (key) => {
    const { nl, en } = catalogue[key];
    expect(nl.trim()).not.toBe("");
    expect(en.trim()).not.toBe("");
    expect(placeholderNames(nl).sort()).toEqual(placeholderNames(en).sort());
  });

  it.each(keys.filter((key) => !SAME_IN_BOTH.has(key)))("words %s differently in Dutch and English", (key) => {
    expect(catalogue[key].nl).not.toBe(catalogue[key].en);
  });

  it("has both plural forms of every countable noun", () => {
    for (const key of keys.filter((k) => k.endsWith(".one"))) {
      expect(keys).toContain(key.replace(/\.one$/, ".other"));
      expect(placeholderNames(catalogue[key].en)).toEqual(["count"]);
    }
  });

  it("picks the plural form by count", () => {
    expect(counted("nl", "error", 1)).toBe("1 fout");
    expect(counted("nl", "error", 0)).toBe("0 fouten");
    expect(counted("en", "warning", 2)).toBe("2 warnings");
    expect(counted("en", "info", 1)).toBe("1 notice");
  });

  it("fills phrases as given, leaving the cleaning to the caller", () => {
    expect(phrase("nl", "location.row", { row: 4 })).toBe("rij 4");
    expect(phrase("en", "more", { count: 3 })).toBe("… and 3 more");
  });
});
