import { describe, expect, it } from "vitest";
import { columnsFor } from "./columns.ts";
import { tabularEntities } from "./entities.ts";
import { patternExcludesSeparators } from "./schema-model.ts";

describe("patternExcludesSeparators", () => {
  it("accepts the code patterns of the standard", () => {
    expect(patternExcludesSeparators("^[A-Za-z0-9][A-Za-z0-9._:-]*$")).toBe(true);
    expect(patternExcludesSeparators("^[0-9]{8}-[0-9]$")).toBe(true);
    expect(patternExcludesSeparators("^[a-z0-9][a-z0-9-]*$")).toBe(true);
  });

  it("refuses patterns that can match ';' or white space, or that it does not understand", () => {
    for (const pattern of [
      "^https?://[^\\s]+$",
      "^.+$",
      "^[+-=]$",
      "^\\S+$",
      "^[a-z ]+$",
      "^a;b$",
      "^\\u003b$",
      "^(/[^/]+)+$",
    ]) {
      expect(patternExcludesSeparators(pattern), pattern).toBe(false);
    }
  });
});

describe("the tabular model", () => {
  it("has the metadata and every entity list of the dataset, in dataset order", () => {
    expect(tabularEntities().map((info) => [info.entity, info.datasetKey])).toEqual([
      ["DatasetMeta", "meta"],
      ["Organisation", "organisations"],
      ["Declaration", "declarations"],
      ["Signature", "signatures"],
      ["Roadmap", "roadmaps"],
      ["Goal", "goals"],
      ["PurchasePackage", "purchasePackages"],
      ["Track", "tracks"],
      ["Criterion", "criteria"],
      ["MviLink", "mviLinks"],
      ["IndicatorDefinition", "indicatorDefinitions"],
      ["Observation", "observations"],
      ["Procurement", "procurements"],
    ]);
  });

  it("joins exactly the lists of codes whose codes cannot hold ';' into one cell", () => {
    const joined = tabularEntities().flatMap((info) =>
      columnsFor(info.entity)
        .filter((column) => column.joined)
        .map((column) => `${info.entity}.${column.path}`),
    );
    expect(joined).toEqual([
      "PurchasePackage.cpvCodes",
      "Track.purchasePackages",
      "Track.members",
      "Criterion.mvoiThemes",
      "Criterion.supersedes",
      "Criterion.purchasePackages",
      "Observation.computedFrom",
      "Procurement.cpvCodes",
      "Procurement.mvoiThemes",
      "Procurement.eforms/strategicProcurement",
      "Procurement.eforms/environmentalImpact",
      "Procurement.eforms/gppCriteria",
    ]);
  });

  it("gives web addresses, which may hold ';', numbered columns instead", () => {
    const paths = columnsFor("IndicatorDefinition", new Map([["sources", 2]])).map((column) => column.path);
    expect(paths).toContain("sources/0");
    expect(paths).toContain("sources/1");
  });

  it("marks the decimal columns (Amount, Quantity, Percentage, ObservationValue)", () => {
    const decimals = tabularEntities().flatMap((info) =>
      columnsFor(info.entity)
        .filter((column) => column.leaf.decimal)
        .map((column) => `${info.entity}.${column.path}`),
    );
    expect(decimals).toEqual([
      "Declaration.targets/0/value",
      "Goal.targets/0/value",
      "Observation.value",
      "Procurement.contractValue/amount",
      "Procurement.criteriaApplied/0/weight",
      "Procurement.outcomes/materialSavedTonnes",
      "Procurement.outcomes/co2eAvoidedTonnes",
    ]);
  });

  it("merges the variants of an anyOf into one set of columns", () => {
    const paths = columnsFor("MviLink").map((column) => column.path);
    expect(paths).toEqual(
      expect.arrayContaining(["to/kind", "to/reference", "to/theme", "to/organisation", "to/title/nl", "to/year"]),
    );
    const kind = columnsFor("MviLink").find((column) => column.path === "to/kind");
    expect(kind?.leaf.codes).toEqual(["mvi-criterion", "mvoi-theme", "mvi-plan"]);
  });
});
