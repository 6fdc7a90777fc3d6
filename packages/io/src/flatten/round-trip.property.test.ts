import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { definitionTree, validDocument } from "../../../conformance/src/arbitrary/entities.ts";
import { validValue } from "../../../conformance/src/arbitrary/valid.ts";
import { fastCheckParameters } from "../../../conformance/src/fast-check-parameters.ts";
import { readCsv } from "../csv/read-csv.ts";
import { writeCsvText } from "../csv/write-csv.ts";
import { readXlsx } from "../xlsx/read-xlsx.ts";
import { writeXlsx } from "../xlsx/write-xlsx.ts";
import { assembleDataset } from "./assemble.ts";
import type { HeadingForm } from "./columns.ts";
import { type TabularEntity, tabularEntities } from "./entities.ts";
import type { SchemaNode } from "./schema-model.ts";

/** Valid documents of a tabular entity, from the conformance arbitraries. */
function documents(entity: TabularEntity): fc.Arbitrary<unknown> {
  return entity === "DatasetMeta"
    ? validValue(definitionTree("dataset.schema.json", "DatasetMeta"))
    : validDocument(entity);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Whether a value holds no cell's worth of data: no string, number or boolean anywhere in it. */
function holdsNothing(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(holdsNothing);
  if (isObject(value)) return Object.values(value).every(holdsNothing);
  return false;
}

/**
 * The one documented normalisation of the tabular forms: a table cannot tell an empty optional list or object
 * from an absent one, so both read back as absent. (Required ones read back as [] and {}.) Everything else must
 * come back exactly.
 */
function canonical(node: SchemaNode, value: unknown): unknown {
  if (node.kind === "object" && isObject(value)) {
    const result: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      const property = node.byKey.get(key);
      if (property === undefined) continue;
      const kept = canonical(property.node, child);
      if (!node.required.has(key) && holdsNothing(kept)) continue;
      result[key] = kept;
    }
    return result;
  }
  if (node.kind === "array" && !node.joined && Array.isArray(value))
    return value.map((item) => canonical(node.items, item));
  return value;
}

const entities = tabularEntities();
// fewer runs than the conformance default, since each run writes and reads whole files; MRA_FC_RUNS raises them
const parameters = (runs: number): fc.Parameters<unknown> =>
  process.env.MRA_FC_RUNS === undefined ? { ...fastCheckParameters(), numRuns: runs } : fastCheckParameters();
const csvLayouts = fc.record({
  delimiter: fc.constantFrom(",", ";", "\t"),
  headings: fc.constantFrom<HeadingForm>("path", "en", "nl"),
  bom: fc.boolean(),
});

describe("JSON -> CSV -> JSON loses nothing", () => {
  for (const info of entities) {
    it(`${info.entity}`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(documents(info.entity), { minLength: 1, maxLength: 4 }),
          csvLayouts,
          async (records, layout) => {
            const text = writeCsvText(records, { entity: info.entity, ...layout });
            const read: unknown[] = [];
            const codes: string[] = [];
            for await (const event of readCsv(new TextEncoder().encode(text), { file: "x.csv", entity: info.entity })) {
              if (event.kind === "record") read.push(event.record.value);
              if (event.kind === "finding") codes.push(event.finding.code);
            }
            // a NUL character is data the reader keeps but reports (G17)
            const hasNul = text.includes("\u0000");
            expect(codes.filter((code) => !(hasNul && code === "csv-nul-byte"))).toEqual([]);
            expect(read).toEqual(records.map((record) => canonical(info.model, record)));
          },
        ),
        parameters(50),
      );
    });
  }
});

describe("JSON -> XLSX -> JSON loses nothing", () => {
  it("for a dataset with every entity", async () => {
    const lists = Object.fromEntries(
      entities
        .filter((info) => info.entity !== "DatasetMeta")
        .map((info) => [info.datasetKey, fc.array(documents(info.entity), { maxLength: 3 })]),
    );
    const datasets = fc.record({ meta: documents("DatasetMeta"), ...lists });
    await fc.assert(
      fc.asyncProperty(datasets, fc.constantFrom<HeadingForm>("path", "en", "nl"), async (dataset, headings) => {
        const bytes = await writeXlsx(dataset, { headings });
        const { dataset: read, findings } = await assembleDataset(readXlsx(bytes, { file: "x.xlsx" }));
        expect(findings).toEqual([]);
        const expected = Object.fromEntries(
          entities.map((info) => {
            const value = (dataset as Record<string, unknown>)[info.datasetKey];
            return [
              info.datasetKey,
              Array.isArray(value) ? value.map((v) => canonical(info.model, v)) : canonical(info.model, value),
            ];
          }),
        );
        expect(read).toEqual(expected);
      }),
      parameters(20),
    );
  }, 600_000);
});
