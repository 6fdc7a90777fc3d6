import type { CodeDefinition, Finding } from "@mra-circulair/report";
import { type RuleRecord, type RuleRunnerOptions, runRules } from "../runner.ts";

// "purchase-package" -> "PurchasePackage"; the meta line is the DatasetMeta record
function entityOfLineType(type: string): string {
  if (type === "meta") return "DatasetMeta";
  return type.replace(/(^|-)([a-z])/g, (_whole, _dash, letter: string) => letter.toUpperCase());
}

/** The records of NDJSON text in the DatasetRecord form ({"type":"organisation","record":{…}}), each located at its line. */
export function recordsFromNdjson(text: string, file = "example.ndjson"): RuleRecord[] {
  return text
    .split("\n")
    .map((line, i) => ({ line, number: i + 1 }))
    .filter(({ line }) => line.trim() !== "")
    .map(({ line, number }) => {
      const parsed = JSON.parse(line) as { type: string; record: unknown };
      return { entity: entityOfLineType(parsed.type), value: parsed.record, location: { file, line: number } };
    });
}

const DATASET_ARRAYS: Readonly<Record<string, string>> = {
  organisations: "Organisation",
  declarations: "Declaration",
  signatures: "Signature",
  roadmaps: "Roadmap",
  goals: "Goal",
  purchasePackages: "PurchasePackage",
  tracks: "Track",
  criteria: "Criterion",
  mviLinks: "MviLink",
  indicatorDefinitions: "IndicatorDefinition",
  observations: "Observation",
  procurements: "Procurement",
};

/** The records of a dataset document, as the JSON reader yields them: with pointerBase, each at its own (made-up) line. */
export function recordsFromDataset(dataset: Record<string, unknown>, file = "dataset.json"): RuleRecord[] {
  const records: RuleRecord[] = [];
  let line = 1;
  if (dataset.meta !== undefined)
    records.push({
      entity: "DatasetMeta",
      value: dataset.meta,
      location: { file, line: line++ },
      pointerBase: "/meta",
    });
  for (const [key, entity] of Object.entries(DATASET_ARRAYS)) {
    const values = dataset[key];
    if (!Array.isArray(values)) continue;
    values.forEach((value, i) => {
      records.push({ entity, value, location: { file, line: line++ }, pointerBase: `/${key}/${i}` });
    });
  }
  return records;
}

/** The findings of a code definition's example, run through all rules (or the given options). */
export function runExample(definition: CodeDefinition, options: RuleRunnerOptions = {}): Finding[] {
  return runRules(recordsFromNdjson(definition.example), options);
}

/** The findings of NDJSON text, run through all rules (or the given options). */
export function runNdjson(text: string, options: RuleRunnerOptions = {}): Finding[] {
  return runRules(recordsFromNdjson(text), options);
}

/** The findings of one code. */
export function ofCode(findings: readonly Finding[], code: string): Finding[] {
  return findings.filter((finding) => finding.code === code);
}

/** One NDJSON line of a record of `type`. */
export function line(type: string, record: unknown): string {
  return JSON.stringify({ type, record });
}
