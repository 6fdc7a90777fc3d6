import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { tabularEntities } from "../flatten/entities.ts";
import {
  datasetKeys,
  entityNamed,
  entityOfFileName,
  entityOfKeys,
  isDatasetName,
  recordEntities,
} from "./record-entities.ts";

/** The record of a valid NDJSON line of the conformance corpus. */
const validRecord = (entity: string): unknown =>
  JSON.parse(
    readFileSync(
      new URL(`../../../../schemas/conformance/valid/dataset-record-${entity}.json`, import.meta.url),
      "utf8",
    ),
  ).document.record;

const name = (found: { entity?: string } | undefined) => found?.entity;

describe("entity names", () => {
  it("lists the metadata and the lists in dataset order, then the entities without a list", () => {
    const entities = recordEntities().map((info) => info.entity);
    expect(entities.slice(0, 3)).toEqual(["DatasetMeta", "Organisation", "Declaration"]);
    expect(entities).toContain("Target");
    expect(entities).not.toContain("Dataset");
    expect(entities).not.toContain("DatasetRecord");
    expect([...datasetKeys()]).toContain("purchasePackages");
  });

  it("has the entities with a list, their dataset keys and shapes from io, so that the CLI and the readers agree", () => {
    const listed = recordEntities().filter((info) => info.datasetKey !== undefined);
    expect(listed.map((info) => [info.entity, info.datasetKey])).toEqual(
      tabularEntities().map((info) => [info.entity, info.datasetKey]),
    );
    const procurement = entityNamed("procurements");
    expect(procurement?.required).toEqual(expect.arrayContaining(["id", "buyer", "contractValue"]));
    expect(procurement?.properties).toContain("criteriaApplied");
    expect(entityNamed("Target")?.required.length).toBeGreaterThan(0);
  });

  it("accepts PascalCase, kebab-case, snake_case and the dataset key, singular or plural", () => {
    for (const given of [
      "PurchasePackage",
      "purchase-package",
      "purchase_packages",
      "purchasePackages",
      "PURCHASE-PACKAGES",
    ]) {
      expect(name(entityNamed(given))).toBe("PurchasePackage");
    }
    expect(name(entityNamed("criteria"))).toBe("Criterion");
    expect(name(entityNamed("meta"))).toBe("DatasetMeta");
    expect(name(entityNamed("mvi-links"))).toBe("MviLink");
    expect(entityNamed("Organization")).toBeUndefined();
    expect(entityNamed("__proto__")).toBeUndefined();
    expect(isDatasetName("dataset")).toBe(true);
    expect(entityNamed("Dataset")).toBeUndefined();
  });

  it("finds a CSV file's entity in its name", () => {
    expect(name(entityOfFileName("exports/procurements.csv"))).toBe("Procurement");
    expect(name(entityOfFileName("C:\\data\\purchase-packages.CSV"))).toBe("PurchasePackage");
    expect(name(entityOfFileName("amsterdam.2024.procurements.csv"))).toBe("Procurement");
    expect(name(entityOfFileName("meta.csv"))).toBe("DatasetMeta");
    // Target has no list in a dataset, so no table of its own
    expect(entityOfFileName("targets.csv")).toBeUndefined();
    expect(entityOfFileName("export.csv")).toBeUndefined();
  });

  it("recognises a document by its keys, preferring the entity they fit best", () => {
    const keysOf = (value: unknown) => Object.keys(value as object);
    expect(name(entityOfKeys(keysOf(validRecord("organisation"))).entity)).toBe("Organisation");
    expect(name(entityOfKeys(keysOf(validRecord("track"))).entity)).toBe("Track");
    expect(name(entityOfKeys(keysOf(validRecord("signature"))).entity)).toBe("Signature");
    expect(name(entityOfKeys(["id", "name"]).entity)).toBe("PurchasePackage");
    const tie = entityOfKeys(["id", "name", "title"]);
    expect(tie.entity).toBeUndefined();
    expect(tie.candidates.map((info) => info.entity)).toEqual(expect.arrayContaining(["PurchasePackage", "Roadmap"]));
    expect(entityOfKeys(["colour"])).toEqual({ candidates: [] });
  });
});
