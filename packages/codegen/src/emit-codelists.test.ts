import { describe, expect, test } from "vitest";
import { emitCodelistTypes } from "./emit-codelists.ts";
import { readCodelists } from "./read-codelists.ts";

const subregion = {
  $schema: "../codelist.schema.json",
  id: "subregion",
  open: false,
  title: { nl: "MRA-deelregio", en: "MRA subregion" },
  codes: [{ code: "amsterdam" }, { code: "ijmond", deprecated: true }],
};

describe("codelists", () => {
  test("emit one string-literal union per codelist", () => {
    const { content } = emitCodelistTypes(readCodelists([{ file: "subregion.json", json: subregion }]));
    expect(content).toContain(
      '/** MRA subregion (nl: MRA-deelregio). Closed list. Deprecated codes: ijmond. */\nexport type SubregionCode =\n  | "amsterdam"\n  | "ijmond";',
    );
  });

  test("keep the file without $schema", () => {
    const [codelist] = readCodelists([{ file: "subregion.json", json: subregion }]);
    expect(codelist?.data).not.toHaveProperty("$schema");
    expect(codelist?.data).toHaveProperty("codes");
  });

  test("refuse an id that differs from the file name and a repeated code", () => {
    expect(() => readCodelists([{ file: "region.json", json: subregion }])).toThrow("codelists/region.json#/id");
    const twice = { ...subregion, codes: [{ code: "a" }, { code: "a" }] };
    expect(() => readCodelists([{ file: "subregion.json", json: twice }])).toThrow(
      'codelists/subregion.json#/codes/1/code: code "a" appears twice',
    );
  });
});
