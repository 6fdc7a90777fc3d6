import type { Dataset, DatasetRecord } from "@mra-circulair/types";
import type { GenerateOptions } from "./options.ts";
import { generateRecords } from "./records.ts";

type ListKey = Exclude<keyof Dataset, "meta">;

const LIST_OF: Record<Exclude<DatasetRecord["type"], "meta">, ListKey> = {
  organisation: "organisations",
  declaration: "declarations",
  signature: "signatures",
  roadmap: "roadmaps",
  goal: "goals",
  "purchase-package": "purchasePackages",
  track: "tracks",
  criterion: "criteria",
  "mvi-link": "mviLinks",
  "indicator-definition": "indicatorDefinitions",
  observation: "observations",
  procurement: "procurements",
};

/**
 * A generated dataset as one document: the same records as {@link generateNdjsonLines} gives for the same options,
 * in the lists of the Dataset envelope. Holds everything in memory; for millions of records stream the lines.
 *
 * @example
 * const dataset = generateDataset({ records: 1000, seed: 42 });
 * dataset.procurements?.length; // 1000
 */
export function generateDataset(options: GenerateOptions): Dataset {
  const lists: { [K in ListKey]-?: unknown[] } = {
    organisations: [],
    declarations: [],
    signatures: [],
    roadmaps: [],
    goals: [],
    purchasePackages: [],
    tracks: [],
    criteria: [],
    mviLinks: [],
    indicatorDefinitions: [],
    observations: [],
    procurements: [],
  };
  let meta: Dataset["meta"] | undefined;
  for (const line of generateRecords(options)) {
    if (line.type === "meta") meta = line.record;
    else lists[LIST_OF[line.type]].push(line.record);
  }
  if (!meta) throw new Error("the record stream has no metadata line");
  // each list holds only records of its own entity, by the mapping above
  return { meta, ...lists } as Dataset;
}
