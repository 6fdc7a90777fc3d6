import { describe, expect, it } from "vitest";
import { readDiskBundle } from "../scripts/disk-bundle.ts";
import { type Codelist, createCodelists } from "./codelist.ts";

// the files are checked against codelist.schema.json in codelist-files.test.ts
const codelists = readDiskBundle().codelists as unknown as Record<string, Codelist>;
const access = createCodelists(codelists);

describe("createCodelists", () => {
  it("lists every codelist id, sorted", () => {
    expect(access.codelistIds).toEqual(Object.keys(codelists).sort());
    expect(access.codelistIds).toContain("organisation-kind");
    expect(Object.isFrozen(access.codelistIds)).toBe(true);
  });

  it("returns a codelist by id, without $schema", () => {
    const list = access.getCodelist("subregion");
    expect(list?.id).toBe("subregion");
    expect(list?.codes).toHaveLength(7);
    expect(list && "$schema" in list).toBe(false);
    expect(access.getCodelist("no-such-list")).toBeUndefined();
  });

  it("gives labels in Dutch and English, with codes untranslated", () => {
    expect(access.codeLabel("organisation-kind", "gemeente", "nl")).toBe("Gemeente");
    expect(access.codeLabel("organisation-kind", "gemeente", "en")).toBe("Municipality");
    expect(access.codeLabel("subregion", "gooi-en-vechtstreek", "en")).toBe("Gooi en Vechtstreek");
    expect(access.codeLabel("eforms-environmental-impact", "circ-econ", "en")).toBe(
      "The transition to a circular economy",
    );
    expect(access.codeLabel("eforms-environmental-impact", "circ-econ", "nl")).toBe(
      "De transitie naar een circulaire economie",
    );
    expect(access.codeLabel("organisation-kind", "bedrijf", "nl")).toBeUndefined();
    expect(access.codeLabel("no-such-list", "gemeente", "nl")).toBeUndefined();
  });

  it("tells whether a code is deprecated", () => {
    expect(access.isDeprecated("organisation-kind", "gemeente")).toBe(false);
    expect(access.isDeprecated("organisation-kind", "bedrijf")).toBeUndefined();
    const withDeprecated = createCodelists({
      colour: {
        ...(codelists["organisation-kind"] as Codelist),
        id: "colour",
        codes: [{ code: "red", label: { nl: "Rood", en: "Red" }, deprecated: true, status: "confirmed" }],
      },
    });
    expect(withDeprecated.isDeprecated("colour", "red")).toBe(true);
  });

  it("finds nothing under names inherited from Object.prototype", () => {
    for (const name of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      expect(access.getCodelist(name)).toBeUndefined();
      expect(access.getCode("organisation-kind", name)).toBeUndefined();
      expect(access.codeLabel("organisation-kind", "gemeente", name as "nl")).toBeUndefined();
      expect(access.isDeprecated(name, "gemeente")).toBeUndefined();
    }
  });
});
