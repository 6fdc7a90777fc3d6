// computes every indicator over a generated NDJSON file: JSON.parse each line, keep the context records, stream the
// procurements into the accumulator, then build the results (observations, progress) once at the end

// the bench harness has no dependency on the package; like ajv-records it imports the source
import { createIndicatorAccumulator, type IndicatorAccumulator } from "../../../packages/indicators/src/index.ts";
import type { Dataset, DatasetRecord, Procurement } from "../../../packages/types/src/index.ts";
import { forEachLine, report } from "./lines.ts";

const file = process.argv[2];
if (!file) throw new Error("usage: indicators FILE");

type ListKey = Exclude<keyof Dataset, "meta" | "procurements">;
const LISTS: Partial<Record<DatasetRecord["type"], ListKey>> = {
  organisation: "organisations",
  declaration: "declarations",
  criterion: "criteria",
  "purchase-package": "purchasePackages",
};

let records = 0;
let meta: Dataset["meta"] | undefined;
const context: { [K in ListKey]?: unknown[] } = {};
let accumulator: IndicatorAccumulator | undefined;
forEachLine(file, (line) => {
  records += 1;
  const { type, record } = JSON.parse(line) as DatasetRecord;
  if (type === "procurement") {
    if (!meta) throw new Error(`line ${records}: a procurement before the metadata line`);
    // the generator writes every context record before the first procurement
    accumulator ??= createIndicatorAccumulator({ meta, ...context } as Dataset);
    accumulator.add(record as Procurement);
    return;
  }
  if (type === "meta") meta = record as Dataset["meta"];
  const list = LISTS[type];
  if (!list) return;
  if (accumulator) throw new Error(`line ${records}: a ${type} record after the first procurement`);
  const kept = context[list] ?? [];
  kept.push(record);
  context[list] = kept;
});
if (!accumulator) throw new Error("no procurements in the file");
const results = accumulator.results();
report({
  records,
  procurements: results.input.procurements,
  observations: results.observations.length,
  progress: results.progress.length,
});
