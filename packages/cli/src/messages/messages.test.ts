import { describe, expect, it } from "vitest";
import { en } from "./en.ts";
import { catalogues, fill, plural, translator } from "./index.ts";
import { nl } from "./nl.ts";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

// words Dutch and English share, and templates that only arrange other text
const SAME_IN_BOTH = new Set([
  "list.roadmaps",
  "list.criteria",
  "codelists.open",
  "summary.target",
  "progress.records",
  "count.record.one",
  "count.record.other",
]);

describe("message catalogue", () => {
  const keys = Object.keys(en) as (keyof typeof en)[];

  it("has every key in both languages and nothing more", () => {
    expect(Object.keys(nl).sort()).toEqual([...keys].sort());
  });

  it.each(keys)("%s exists in Dutch and English, with the same placeholders", (key) => {
    expect(en[key].trim()).not.toBe("");
    expect(nl[key].trim()).not.toBe("");
    expect(placeholders(nl[key])).toEqual(placeholders(en[key]));
  });

  it.each(keys.filter((key) => !SAME_IN_BOTH.has(key)))("%s differs between Dutch and English", (key) => {
    expect(nl[key]).not.toBe(en[key]);
  });

  it("gives every plural form a count", () => {
    const ones = keys.filter((key) => key.endsWith(".one"));
    expect(ones.length).toBeGreaterThan(0);
    for (const one of ones) {
      const other = one.replace(/\.one$/, ".other") as keyof typeof en;
      expect(placeholders(en[one])).toContain("count");
      expect(placeholders(en[other] ?? "")).toContain("count");
    }
  });

  it("fills placeholders and keeps unknown ones visible", () => {
    expect(fill("{a} and {b}", { a: 1 })).toBe("1 and {b}");
    expect(translator("nl")("signatories.none", { date: "2018-06-19" })).toBe("Geen ondertekenaars op 2018-06-19.");
  });

  it("picks the plural form", () => {
    const t = translator("nl");
    expect(plural(t, "count.gemeente", 1)).toBe("1 gemeente");
    expect(plural(t, "count.gemeente", 33)).toBe("33 gemeenten");
    expect(plural(translator("en"), "count.provincie", 2)).toBe("2 provinces");
  });

  it("exposes both catalogues", () => {
    expect(Object.keys(catalogues).sort()).toEqual(["en", "nl"]);
  });
});
