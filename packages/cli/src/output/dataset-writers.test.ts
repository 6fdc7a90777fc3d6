import { describe, expect, it } from "vitest";
import type { Sink } from "../context.ts";
import { DatasetLists, lineTypeOf, writeJsonDataset, writeNdjsonLine } from "./dataset-writers.ts";
import { LineWriter } from "./sink.ts";

function collect(): { sink: Sink; text: () => string } {
  const chunks: string[] = [];
  return { sink: { write: async (chunk) => void chunks.push(String(chunk)) }, text: () => chunks.join("") };
}

describe("dataset writers", () => {
  it("names NDJSON line types as dataset-record.schema.json does", () => {
    expect(lineTypeOf("DatasetMeta")).toBe("meta");
    expect(lineTypeOf("Organisation")).toBe("organisation");
    expect(lineTypeOf("PurchasePackage")).toBe("purchase-package");
    expect(lineTypeOf("IndicatorDefinition")).toBe("indicator-definition");
    expect(lineTypeOf("MviLink")).toBe("mvi-link");
  });

  it("writes a dataset document record by record that parses back to the same lists, in schema order", async () => {
    const lists = new DatasetLists();
    lists.add({ entity: "Procurement", value: { id: "p1", title: { nl: "a\nb" } } });
    lists.add({ entity: "Organisation", value: { id: "o1" } });
    lists.add({ entity: "DatasetMeta", value: { id: "m" } });
    lists.add({ entity: "Procurement", value: { id: "p2" } });
    const { sink, text } = collect();
    const out = new LineWriter(sink);
    await writeJsonDataset(out, [...lists.entries(), ["goals", []]]);
    await out.flush();
    expect(Object.keys(JSON.parse(text()))).toEqual(["meta", "organisations", "procurements", "goals"]);
    expect(JSON.parse(text()).procurements).toEqual([{ id: "p1", title: { nl: "a\nb" } }, { id: "p2" }]);
    expect(text()).toContain('\n  "procurements": [\n    {\n      "id": "p1",\n');
    expect(text()).toContain('\n  "goals": []\n}\n');
  });

  it("writes an empty document and NDJSON lines", async () => {
    const { sink, text } = collect();
    const out = new LineWriter(sink);
    await writeJsonDataset(out, []);
    await writeNdjsonLine(out, { entity: "MviLink", value: { id: "l" } });
    await out.flush();
    expect(text()).toBe('{}\n{"type":"mvi-link","record":{"id":"l"}}\n');
  });

  it("refuses a record whose entity has no list", () => {
    expect(() => new DatasetLists().add({ entity: "Target", value: {} })).toThrow(RangeError);
  });
});
