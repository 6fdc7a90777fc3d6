import type { CodeDefinition, Finding } from "@mra-circulair/report";
import { datasetMembers, lineTypes, META_ENTITY } from "@mra-circulair/schema";
import { type RuleRecord, type RuleRunnerOptions, runRules } from "../runner.ts";

// the entity of a line's type; a type that is no line type (such as "target", for a lone Target) in PascalCase
const entityOfLineType = (type: string) =>
  lineTypes.get(type) ?? type.replace(/(^|-)([a-z])/g, (_whole, _dash, letter: string) => letter.toUpperCase());

/** The records of NDJSON text in the DatasetRecord form ({"type":"organisation","record":{…}}), each located at its line. */
export function recordsFromNdjson(text: string, file = "example.ndjson"): RuleRecord[] {
  return text
    .split("\n")
    .map((line, i) => ({ line, number: i + 1 }))
    .filter(({ line }) => line.trim() !== "")
    .map(({ line, number }) => {
      const parsed = JSON.parse(line) as { type: string; record: unknown };
      return {
        entity: entityOfLineType(parsed.type),
        value: parsed.record,
        location: { file, line: number },
      };
    });
}

/** The records of a dataset document, as the JSON reader yields them: with pointerBase, each at its own (made-up) line. */
export function recordsFromDataset(dataset: Record<string, unknown>, file = "dataset.json"): RuleRecord[] {
  const records: RuleRecord[] = [];
  let line = 1;
  for (const [key, entity] of datasetMembers) {
    const value = dataset[key];
    if (entity === META_ENTITY) {
      if (value !== undefined)
        records.push({ entity, value, location: { file, line: line++ }, pointerBase: `/${key}` });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        records.push({ entity, value: item, location: { file, line: line++ }, pointerBase: `/${key}/${i}` });
      });
    }
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
