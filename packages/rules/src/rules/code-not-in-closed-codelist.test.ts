import { validate } from "@mra-circulair/schema";
import { describe, expect, it } from "vitest";
import { codelistOfPointer } from "../codelist-of-pointer.ts";
import { organisation } from "../testing/fixtures.ts";
import { recordsFromNdjson, runExample } from "../testing/records.ts";
import { codeNotInClosedCodelist } from "./code-not-in-closed-codelist.ts";

// the schema layer reports this code: the engine maps an enum error at a pointer with a closed codelist to it
describe("code-not-in-closed-codelist", () => {
  it("the example fails the schema's enum at a pointer that a closed codelist governs", () => {
    const [record] = recordsFromNdjson(codeNotInClosedCodelist.example);
    const result = validate("Organisation", record?.value);
    const errors = result.valid ? [] : result.errors;
    expect(errors.map((e) => [e.keyword, e.pointer])).toEqual([["enum", "/kind"]]);
    expect(codelistOfPointer("Organisation", "/kind", record?.value)).toEqual({
      codelist: "organisation-kind",
      open: false,
    });
  });

  it("near miss: a code of the closed list passes the schema", () => {
    expect(validate("Organisation", organisation("GM0363", { kind: "gemeente" })).valid).toBe(true);
  });

  it("is never reported by the rules, which leave closed codelists to the schema", () => {
    expect(runExample(codeNotInClosedCodelist).map((f) => f.code)).toEqual([]);
  });
});
