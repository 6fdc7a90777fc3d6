import { describe, expect, it } from "vitest";
import { signatoriesOn } from "./signatories.ts";

const countByKind = (date: string) => {
  const counts: Record<string, number> = {};
  for (const { organisation } of signatoriesOn(date)) counts[organisation.kind] = (counts[organisation.kind] ?? 0) + 1;
  return counts;
};

describe("signatoriesOn", () => {
  it("gives 33 municipalities, 2 provinces and the Vervoerregio on the signing day", () => {
    expect(countByKind("2018-06-20")).toEqual({ gemeente: 33, provincie: 2, vervoerregio: 1 });
  });

  it("gives nobody before the signing day", () => {
    expect(signatoriesOn("2018-06-19")).toEqual([]);
  });

  it("follows each merger on its date", () => {
    expect(countByKind("2018-12-31").gemeente).toBe(33);
    expect(countByKind("2019-01-01").gemeente).toBe(32);
    expect(countByKind("2022-01-01").gemeente).toBe(31);
    expect(countByKind("2022-03-23").gemeente).toBe(31);
    expect(countByKind("2022-03-24").gemeente).toBe(30);
    expect(countByKind("2023-01-01")).toEqual({ gemeente: 30, provincie: 2, vervoerregio: 1 });
  });

  it("lists municipalities first, by Dutch name", () => {
    const names = signatoriesOn("2023-01-01").map((s) => s.organisation.name);
    expect(names.slice(0, 3)).toEqual(["Aalsmeer", "Almere", "Amstelveen"]);
    expect(names.at(-1)).toBe("Vervoerregio Amsterdam");
    expect(names).not.toContain("Weesp");
  });

  it("refuses a date that does not exist", () => {
    expect(() => signatoriesOn("2023-02-30")).toThrow(/calendar date/);
  });

  it("refuses an unknown declaration", () => {
    expect(() => signatoriesOn("2023-01-01", { declaration: "nope" })).toThrow(/nope not found/);
  });
});
