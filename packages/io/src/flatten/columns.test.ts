import { describe, expect, it } from "vitest";
import {
  type Column,
  columnsFor,
  type HeadingForm,
  headingOf,
  isForbiddenHeading,
  normaliseHeading,
  resolveHeading,
} from "./columns.ts";
import { tabularEntities } from "./entities.ts";

const column = (path: string): Column => {
  const found = columnsFor("Procurement", new Map([["criteriaApplied", 2]])).find((c) => c.path === path);
  if (found === undefined) throw new Error(path);
  return found;
};

describe("headings", () => {
  it("come in three forms: path, English titles, Dutch titles", () => {
    const amount = column("contractValue/amount");
    expect(headingOf("Procurement", amount, "path")).toBe("contractValue/amount");
    expect(headingOf("Procurement", amount, "en")).toBe("Contract value: Amount");
    expect(headingOf("Procurement", amount, "nl")).toBe("Contractwaarde: Bedrag");
    expect(headingOf("Procurement", column("title/nl"), "en")).toBe("Title: Dutch");
    expect(headingOf("Procurement", column("title/en"), "nl")).toBe("Titel: Engels");
    expect(headingOf("Procurement", column("criteriaApplied/1/use"), "en")).toBe("Criteria applied 2: Use");
    expect(headingOf("Procurement", column("criteriaApplied/1/use"), "nl")).toBe("Toegepaste criteria 2: Gebruik");
  });

  it("are read in any form, ignoring case and surrounding spaces, and say which form they are", () => {
    for (const [heading, form] of [
      ["contractValue/amount", "path"],
      ["  CONTRACTVALUE/AMOUNT ", "path"],
      ["Contract value: Amount", "en"],
      ["contractwaarde: bedrag", "nl"],
    ] as const) {
      const resolved = resolveHeading("Procurement", heading);
      expect(resolved?.column.path, heading).toBe("contractValue/amount");
      expect([...(resolved?.forms ?? [])]).toEqual([form]);
    }
    expect([...(resolveHeading("Procurement", "Procedure")?.forms ?? [])]).toEqual(["path", "en", "nl"]);
  });

  it("read any slot number the schema allows, and no further", () => {
    expect(resolveHeading("Procurement", "criteriaApplied/499/use")?.column.segments).toEqual([
      "criteriaApplied",
      499,
      "use",
    ]);
    expect(resolveHeading("Procurement", "Toegepaste criteria 500: Gebruik")?.column.path).toBe(
      "criteriaApplied/499/use",
    );
    expect(resolveHeading("Procurement", "criteriaApplied/500/use")).toBeUndefined();
    expect(resolveHeading("Procurement", "criteriaApplied/01/use")).toBeUndefined();
    expect(resolveHeading("Procurement", "Criteria applied 0: Use")).toBeUndefined();
    expect(resolveHeading("Procurement", "cpvCodes/0")).toBeUndefined();
    expect(resolveHeading("Procurement", "contractValue")).toBeUndefined();
  });

  it("name one column each: no heading of an entity means two columns in any form", () => {
    for (const info of tabularEntities()) {
      const seen = new Map<string, string>();
      const slots = new Map<string, number>();
      for (const c of columnsFor(info.entity))
        for (let i = 1; i < c.segments.length; i++)
          if (typeof c.segments[i] === "number")
            slots.set(
              c.segments
                .slice(0, i)
                .map((s) => (typeof s === "number" ? "*" : s))
                .join("/"),
              3,
            );
      for (const c of columnsFor(info.entity, slots)) {
        for (const form of ["path", "en", "nl"] as HeadingForm[]) {
          const heading = normaliseHeading(headingOf(info.entity, c, form));
          const other = seen.get(heading);
          expect(
            other === undefined || other === c.path,
            `${info.entity}: "${heading}" names ${other} and ${c.path}`,
          ).toBe(true);
          seen.set(heading, c.path);
          expect(resolveHeading(info.entity, headingOf(info.entity, c, form))?.column.path).toBe(c.path);
        }
      }
    }
  });
});

describe("heading lines", () => {
  it("never hold a delimiter or a quote in a title, so that the delimiter of a heading line is never ambiguous", () => {
    for (const info of tabularEntities()) {
      for (const c of columnsFor(info.entity)) {
        for (const form of ["path", "en", "nl"] as HeadingForm[]) {
          expect(headingOf(info.entity, c, form), `${info.entity} ${c.path}`).not.toMatch(/[,;\t"\r\n]/u);
        }
      }
    }
  });
});

describe("forbidden headings (G3)", () => {
  it("are the ones that name a prototype key anywhere", () => {
    for (const heading of [
      "__proto__",
      "a/__proto__/x",
      "constructor/prototype",
      "a.__proto__.x",
      " Constructor ",
      "__proto__: x",
    ]) {
      expect(isForbiddenHeading(heading), heading).toBe(true);
      expect(resolveHeading("Procurement", heading)).toBeUndefined();
    }
    expect(isForbiddenHeading("contractValue/amount")).toBe(false);
  });
});
