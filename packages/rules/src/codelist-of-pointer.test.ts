import { describe, expect, it } from "vitest";
import { codelistOfPointer } from "./codelist-of-pointer.ts";

describe("codelistOfPointer", () => {
  it.each([
    ["Procurement", "/criteriaApplied/0/use", "criterion-type", false],
    ["Procurement", "/criteriaApplied/12/use", "criterion-type", false],
    ["Procurement", "/procedure", "procedure-type", true],
    ["Procurement", "/mvoiThemes/0", "mvoi-theme", false],
    ["Procurement", "/eforms/environmentalImpact/3", "eforms-environmental-impact", false],
    ["Procurement", "/provenance/0/status", "evidence-status", false],
    ["Organisation", "/kind", "organisation-kind", false],
    ["Organisation", "/identifiers/0/scheme", "identifier-scheme", false],
    ["Organisation", "/succession/type", "succession-type", false],
    ["Declaration", "/targets/0/unit", "unit", false],
    ["Roadmap", "/actions/0/theme", "roadmap-theme", false],
    ["Roadmap", "/ambitions/0/level", "organisation-ambition-level", false],
    ["MviLink", "/to/theme", "mvoi-theme", false],
    ["Target", "/status", "target-status", false],
  ])("%s %s is %s", (entity, pointer, codelist, open) => {
    expect(codelistOfPointer(entity, pointer)).toEqual({ codelist, open });
  });

  it.each([
    ["Procurement", "/buyer"],
    ["Procurement", "/criteriaApplied/0"],
    ["Procurement", "/criteriaApplied/x/use"],
    ["Procurement", "/nope"],
    ["Observation", "/subject/type"],
    ["MviLink", "/from/itemType"],
    ["Nope", "/kind"],
    ["Organisation", "kind"],
    ["Organisation", "/__proto__"],
    ["constructor", ""],
  ])("%s %s has none", (entity, pointer) => {
    expect(codelistOfPointer(entity, pointer)).toBeUndefined();
  });

  it("chooses between the alternatives of an anyOf by the record", () => {
    const pbl = { rStrategy: { ladder: "pbl-r0-r9", code: "R0" } };
    const rvo = { rStrategy: { ladder: "rvo-r1-r6", code: "R0" } };
    expect(codelistOfPointer("Criterion", "/rStrategy/code", pbl)).toEqual({ codelist: "r-strategy-pbl", open: false });
    expect(codelistOfPointer("Criterion", "/rStrategy/code", rvo)).toEqual({ codelist: "r-strategy-rvo", open: false });
    // without the record the two alternatives disagree
    expect(codelistOfPointer("Criterion", "/rStrategy/code")).toBeUndefined();
    // a record that fits no alternative
    expect(codelistOfPointer("Criterion", "/rStrategy/code", { rStrategy: { ladder: "other" } })).toBeUndefined();
  });

  it("unescapes pointer tokens", () => {
    expect(codelistOfPointer("Organisation", "/kin~1d")).toBeUndefined();
  });
});
