import { readFileSync } from "node:fs";
import { tabularEntities } from "@mra-circulair/io";
import { createRecordRuleRunner, recordFacts } from "@mra-circulair/rules";
import { describe, expect, it } from "vitest";
import { FactReader, FactWriter } from "./facts-codec.ts";

const dataset = JSON.parse(
  readFileSync(new URL("../../../../examples/mra-example.dataset.json", import.meta.url), "utf8"),
) as Record<string, unknown>;
describe("FactWriter and FactReader", () => {
  it("carry every record's facts as recordFacts makes them, keys in the same order", () => {
    // every list of the dataset, by the entity io's readers give its records
    const records: { entity: string; value: unknown }[] = tabularEntities()
      .filter(({ entity }) => entity !== "DatasetMeta")
      .flatMap(({ entity, datasetKey }) => (dataset[datasetKey] as unknown[]).map((value) => ({ entity, value })));
    records.push(
      {
        entity: "Organisation",
        value: { id: "GM1", name: "Oud", validTo: "2022-03-24", succession: { successor: "GM2" } },
      },
      { entity: "Organisation", value: { id: "GM3" } },
      { entity: "Procurement", value: { id: 7, buyer: ["x"], purchasePackage: "pkg-é😀", criteriaApplied: "x" } },
      { entity: "DatasetMeta", value: dataset.meta },
      { entity: "Nothing", value: null },
    );
    const rules = createRecordRuleRunner();
    const writer = new FactWriter();
    for (const { entity, value } of records) {
      rules.writeFacts({ entity, value, location: { file: "f" } }, writer);
      writer.end();
    }
    const reader = new FactReader(structuredClone(writer.lists()));
    const read = records.map(() => reader.next());
    const expected = records.map(({ entity, value }) => recordFacts(entity, value));
    expect(read).toEqual(expected);
    expect(read.map((facts) => JSON.stringify(facts))).toEqual(expected.map((facts) => JSON.stringify(facts)));
    expect(expected.some((facts) => facts.organisation?.successor === "GM2" && facts.organisation.endsOn)).toBe(true);
    expect(expected.some((facts) => facts.unit !== undefined)).toBe(true);
  });
});
