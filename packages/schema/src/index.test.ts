import { describe, expect, expectTypeOf, it } from "vitest";
import * as api from "./index.ts";
import { codeLabel, codelistIds, getCodelist, isDeprecated, type ValidationResult, validate } from "./index.ts";

describe("the public API over the generated bundle", () => {
  it("exports only the public functions and values", () => {
    expect(Object.keys(api).sort()).toEqual([
      "META_ENTITY",
      "codeLabel",
      "codelistIds",
      "codelists",
      "datasetMembers",
      "entityNames",
      "getCode",
      "getCodelist",
      "isDeprecated",
      "lineTypes",
      "schemas",
      "validate",
      "validateDefinition",
    ]);
  });

  it("validates a named entity", () => {
    const result = validate("Organisation", {
      id: "PV27",
      name: "Provincie Noord-Holland",
      kind: "provincie",
      identifiers: [],
    });
    expect(result).toEqual({ valid: true });
    expectTypeOf(result).toEqualTypeOf<ValidationResult>();
    expect(validate("Organisation", { id: "PV27" }).valid).toBe(false);
  });

  it("reads the bundled codelists", () => {
    expect(codelistIds).toContain("organisation-kind");
    expect(getCodelist("organisation-kind").open).toBe(false);
    expect(getCodelist("unknown")).toBeUndefined();
    expect(codeLabel("organisation-kind", "provincie", "en")).toBe("Province");
    expect(isDeprecated("organisation-kind", "provincie")).toBe(false);
  });
});
