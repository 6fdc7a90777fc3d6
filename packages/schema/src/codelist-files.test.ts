import { describe, expect, it } from "vitest";
import { readDiskBundle } from "../scripts/disk-bundle.ts";
import { createValidator } from "./validator.ts";

const disk = readDiskBundle();
const validator = createValidator(disk);

interface Text {
  nl: string;
  en: string;
}
interface Code {
  code: string;
  label: Text;
  description?: Text;
  status: string;
  sources?: string[];
  note?: Text;
  ladder?: string;
  group?: Text;
}
interface File {
  $schema: string;
  id: string;
  open: boolean;
  title: Text;
  description: Text;
  source: { name: string; url?: string; version?: string; licence?: string; attribution?: string };
  codes: Code[];
}

const files = Object.entries(disk.codelistFiles) as [string, unknown][] as [string, File][];
const filled = (text: Text | undefined) => text === undefined || (text.nl.trim() !== "" && text.en.trim() !== "");

describe.each(files)("codelist %s", (file, list) => {
  it("validates against codelist.schema.json", () => {
    expect(validator.validate("Codelist", list)).toEqual({ valid: true });
  });

  it("is named after its id and points at the codelist schema", () => {
    expect(file).toBe(`${list.id}.json`);
    expect(list.$schema).toBe("../codelist.schema.json");
  });

  it("has unique codes", () => {
    const codes = list.codes.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("has Dutch and English text for its title, description and every label, description and note", () => {
    expect(filled(list.title) && filled(list.description)).toBe(true);
    for (const entry of list.codes) {
      expect([entry.code, filled(entry.label), filled(entry.description), filled(entry.note)]).toEqual([
        entry.code,
        true,
        true,
        true,
      ]);
    }
  });

  it("credits its source under CC BY 4.0", () => {
    expect(list.source.licence).toBe("CC BY 4.0");
    expect(list.source.attribution).toMatch(/CC BY 4\.0/);
  });

  it("supports each code as its status requires", () => {
    for (const entry of list.codes) {
      const sourced = (entry.sources?.length ?? 0) > 0;
      const explained = entry.note !== undefined;
      // a code without sources is one this standard defines itself, and its note says so
      const ok =
        (entry.status === "confirmed" && (sourced || explained)) ||
        (entry.status === "secondary" && sourced) ||
        (entry.status === "inferred" && sourced && explained) ||
        (entry.status === "unconfirmed" && explained);
      expect([entry.code, entry.status, ok]).toEqual([entry.code, entry.status, true]);
    }
  });
});

describe("codelist specifics", () => {
  const byId = new Map(files.map(([, list]) => [list.id, list]));

  it("places every step of an R-ladder on its ladder, and every PBL step in one of the three PBL groups", () => {
    const pbl = byId.get("r-strategy-pbl");
    const rvo = byId.get("r-strategy-rvo");
    expect(pbl?.codes.map((entry) => entry.code)).toEqual(["R0", "R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9"]);
    expect(rvo?.codes.map((entry) => entry.code)).toEqual(["R1", "R2", "R3", "R4", "R5", "R6"]);
    expect(new Set(pbl?.codes.map((entry) => entry.ladder))).toEqual(new Set(["pbl-r0-r9"]));
    expect(new Set(rvo?.codes.map((entry) => entry.ladder))).toEqual(new Set(["rvo-r1-r6"]));
    expect(new Set(pbl?.codes.map((entry) => entry.group?.nl))).toEqual(
      new Set([
        "Slimmer productgebruik en -fabricage",
        "Levensduur verlengen van product en onderdelen",
        "Nuttig toepassen van materialen",
      ]),
    );
    const withLadder = files.filter(([, list]) => list.codes.some((entry) => entry.ladder !== undefined));
    expect(withLadder.map(([, list]) => list.id).sort()).toEqual(["r-strategy-pbl", "r-strategy-rvo"]);
  });

  it("credits the eForms lists to the Publications Office with SDK and list version", () => {
    const eforms = files.filter(([, list]) => list.id.startsWith("eforms-"));
    expect(eforms.map(([, list]) => list.id).sort()).toEqual([
      "eforms-accessibility",
      "eforms-award-criterion-type",
      "eforms-environmental-impact",
      "eforms-gpp-criteria",
      "eforms-innovative-acquisition",
      "eforms-social-objective",
      "eforms-strategic-procurement",
    ]);
    for (const [, list] of eforms) {
      expect(list.source.attribution).toBe(
        `Publications Office of the European Union, eForms SDK 1.15.1, CC BY 4.0; codelist ${list.id.slice(7)} version ${list.source.version}`,
      );
    }
  });

  it("keeps only procedure-type open", () => {
    expect(files.filter(([, list]) => list.open).map(([, list]) => list.id)).toEqual(["procedure-type"]);
  });
});

describe("codelist.schema.json", () => {
  const [, sample] = files.find(([, list]) => list.id === "organisation-kind") ?? [];
  const code = { code: "x", label: { nl: "X", en: "X" }, deprecated: false, status: "confirmed" };

  it("rejects a label without English, an unknown status, a code with a space and an unknown member", () => {
    const result = validator.validate("Codelist", {
      ...sample,
      codes: [
        { ...code, label: { nl: "X" } },
        { ...code, status: "probable" },
        { ...code, code: "a b" },
        { ...code, colour: "red" },
      ],
    });
    expect(result.valid).toBe(false);
    expect(result.valid ? [] : result.errors.map(({ pointer, keyword }) => `${keyword} ${pointer}`)).toEqual([
      "required /codes/0/label",
      "enum /codes/1/status",
      "pattern /codes/2/code",
      "additionalProperties /codes/3/colour",
    ]);
  });
});
